import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Training tests run TensorFlow.js on the cpu backend; give them room on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
