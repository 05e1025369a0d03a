// Lint also enforces the architecture's dependency edges (ARCHITECTURE.md, "Dependencies point inward").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const devOnly = {
  group: ['**/workbench/**', '**/simulators/**', '**/test/**'],
  message: 'Production code reaches the workbench and simulators only through Office.js and base URLs.',
};
const noTaskpane = { group: ['**/taskpane/**'], message: 'Nothing imports the task pane.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/baseline-page/dist/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/workbench/**', 'src/simulators/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [devOnly, noTaskpane] }] },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            devOnly,
            {
              group: ['**/graph/**', '@microsoft/microsoft-graph-client'],
              message: 'The UI never calls Graph.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/agent/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            devOnly,
            noTaskpane,
            {
              group: ['react', 'react-dom', '@fluentui/*', '**/office/office-host*'],
              message: 'The agent is UI-free and Office-free.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The agent reaches the network only through its model and tools.' },
        'document',
        'window',
        'Office',
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**', 'src/simulators/**', 'src/workbench/server/**'],
    rules: { 'no-console': 'off' },
  },
);
