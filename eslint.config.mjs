import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  { ignores: ['.next/**', '.cache/**', 'node_modules/**', 'controlplane/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    // app/ holds routes that compose lib/ and components/; nothing flows the other way.
    files: ['components/**', 'lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app', '@/app/*', '**/app', '**/app/*'], message: 'components/ and lib/ must not import from app/: move the code to lib/ or components/.' },
          ],
        },
      ],
    },
  },
];
export default config;
