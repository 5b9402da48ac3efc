import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  { ignores: ['.next/**', '.cache/**', 'node_modules/**', 'controlplane/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
export default config;
