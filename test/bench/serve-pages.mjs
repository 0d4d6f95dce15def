import { createServer } from 'node:http';

/**
 * Serves the bench pages on 127.0.0.1: `/page?d=<dataset>&c=<chars>[&mark]`, `/blank`, and the
 * scripts. Pages are cross-origin isolated (COOP + COEP) so `performance.now()` is precise to
 * microseconds rather than 100 µs. Generated pages are cached: every run of a page is the same page.
 */
export async function servePages({ datasets, benchJs, markJs, highlightCss }) {
  const cache = new Map();
  const head = (withMark) =>
    `<style>${highlightCss}</style><script src="/bench.js"></script>${withMark ? '<script src="/mark.min.js"></script>' : ''}`;
  const pageHtml = (dataset, chars, withMark) => {
    const key = `${dataset}/${chars}/${withMark}`;
    if (!cache.has(key)) cache.set(key, datasets[dataset].page(chars, head(withMark)));
    return cache.get(key);
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const send = (type, body) => {
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      response.end(body);
    };
    if (url.pathname === '/bench.js') return send('text/javascript', benchJs);
    if (url.pathname === '/mark.min.js') return send('text/javascript', markJs);
    if (url.pathname === '/blank') return send('text/html', `<!doctype html><title>blank</title>${head(false)}<p>blank</p>`);
    if (url.pathname === '/page') {
      const html = pageHtml(Number(url.searchParams.get('d')), Number(url.searchParams.get('c')), url.searchParams.has('mark'));
      return send('text/html; charset=utf-8', html);
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    pageUrl: (dataset, chars, withMark = false) => `${origin}/page?d=${dataset}&c=${chars}${withMark ? '&mark' : ''}`,
    blankUrl: `${origin}/blank`,
    /** Generates a page ahead of time, so generation is never inside a timed load. */
    warm: (dataset, chars, withMark = false) => void pageHtml(dataset, chars, withMark),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
