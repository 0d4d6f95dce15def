import http from 'node:http';
import { demoIndex, demoPages } from '../../demo/demo-pages.mjs';

/**
 * A local web server on 127.0.0.1 (random port) for end-to-end tests and the demo: the demo pages
 * from the seeds, and any page a test adds with its own headers (e.g. a strict CSP).
 */
export async function startPageServer() {
  const routes = new Map();
  const pages = demoPages();
  for (const page of pages) routes.set(page.path, { html: page.html, headers: {} });
  routes.set('/', { html: demoIndex(pages), headers: {} });
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
    response.end(route.html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    pages,
    /** Serves `html` at `path` with extra response headers; returns its URL. */
    add(path, html, headers = {}) {
      routes.set(path, { html, headers });
      return origin + path;
    },
    url: (path) => origin + path,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
