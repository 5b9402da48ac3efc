// Once per server start, in the Node.js runtime: lib/server/start.ts (configuration check, local-mode banner,
// graceful shutdown).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('@/lib/server/start');
  startServer();
}
