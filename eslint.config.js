// Lint for the regular expressions only: every pattern must run in linear time on any input.
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: {parser: tseslint.parser},
    plugins: {regexp},
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-dupe-disjunctions': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-potentially-useless-backreference': 'error',
      // `f(...list)` passes each item as an argument: past some hundred thousand the stack overflows.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message: 'Spreading a list into call arguments overflows the stack on long lists: loop instead (`append` in lib/arrays.ts)'
        }
      ]
    }
  }
]
