import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now. wrangler dev opens an inspector port
 * beside the HTTP one (9229 by default), so a second instance dies unless it is given another.
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
