/**
 * The last item of a list, or undefined when it is empty. Reading `list[list.length - 1]` of an
 * empty list looks up the property `-1`, which V8 does by name on a slow path.
 */
export function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length > 0 ? list[list.length - 1] : undefined
}

/** Cut a list down to `length` items, by popping: setting `length` is a runtime call in V8. */
export function truncate(list: unknown[], length: number): void {
  while (list.length > length) list.pop()
}

/** Put `items` in place of the `count` items of `list` from `index`: `splice(index, count, ...items)` spreads them into arguments. */
export function replaceAt<T>(list: T[], index: number, count: number, items: readonly T[]): void {
  const tail = list.splice(index + count)
  truncate(list, index)
  append(list, items)
  append(list, tail)
}

/** Add `items` to the end of `list`: `push(...items)` passes each item as an argument, and overflows the stack past some hundred thousand. */
export function append<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i])
}
