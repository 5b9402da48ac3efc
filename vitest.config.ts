import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    // Route-local helpers live in a `_lib/` folder beside their routes (Next.js never routes a `_` folder, and one
    // folder per route group keeps them findable); their tests sit next to them.
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
  },
});
