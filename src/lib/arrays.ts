/**
 * The last item of a list, or undefined when it is empty. Reading `list[list.length - 1]` of an
 * empty list looks up the property `-1`, which V8 does by name on a slow path.
 */
export function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length > 0 ? list[list.length - 1] : undefined
}
