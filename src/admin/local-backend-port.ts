/**
 * The local backend's port: Decap's default, 8081, or `VIGIE_CMS_PORT` when that one is taken on
 * the editor's computer. `npm run cms` starts decap-server on it, and /admin/ calls it there.
 */
export const DEFAULT_LOCAL_BACKEND_PORT = 8081;

export function localBackendPort(env: Record<string, string | undefined> = process.env): number {
  const text = env.VIGIE_CMS_PORT?.trim();
  if (!text) return DEFAULT_LOCAL_BACKEND_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1024 || port > 65535) {
    throw new Error(
      `VIGIE_CMS_PORT is "${text}"; expected a port number between 1024 and 65535 (the editing interface's local backend; ${DEFAULT_LOCAL_BACKEND_PORT} when unset).`,
    );
  }
  return port;
}
