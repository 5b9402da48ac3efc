import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  {
    // Page and API URLs come from lib/http/urls.ts (pageUrl, apiUrl), which encodes every segment.
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ignores: ['app/api/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TemplateLiteral[quasis.0.value.raw=/^\\/(w|api)\\//]', message: 'Build page and API URLs with pageUrl / apiUrl from lib/http/urls.ts.' },
        { selector: 'Literal[value=/^\\/(w|api)\\//]', message: 'Build page and API URLs with pageUrl / apiUrl from lib/http/urls.ts.' },
        { selector: "VariableDeclarator[init.name='encodeURIComponent']", message: 'Build page and API URLs with pageUrl / apiUrl from lib/http/urls.ts.' },
      ],
    },
  },
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
