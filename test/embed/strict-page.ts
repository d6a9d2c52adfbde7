/** A page under `default-src 'self'` (no inline script or style, no eval), in an iframe, with `body` inside. */
export const STRICT_CSP = "default-src 'self'";

export interface StrictPage {
  frame: HTMLIFrameElement;
  win: typeof window & {
    __violations: { directive: string; blocked: string; sample: string }[];
    __warnings: string[];
  };
  doc: Document;
}

export async function strictPage(head: string, body: string): Promise<StrictPage> {
  return framed(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />
    <title>strict CSP</title>
    <script src="/test/embed/violations.js"></script>
    ${head}
  </head>
  <body>${body}</body>
</html>`);
}

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

/**
 * A built page (its HTML as served at `path`, e.g. an example app in dist/) in an iframe, under its own CSP meta.
 * Two things are added right after that meta: a `<base>` at `path`, so its relative URLs resolve as when it is
 * opened there, and violations.js, so the violations are recorded from the start.
 */
export async function builtPage(path: string): Promise<StrictPage & { html: string }> {
  const html = await (await fetch(path)).text();
  if (!CSP_META.test(html)) throw new Error(`${path} has no Content-Security-Policy meta`);
  const base = new URL(path, location.href).href;
  const page = await framed(
    html.replace(
      CSP_META,
      (meta) => `${meta}<base href="${base}" /><script src="/test/embed/violations.js"></script>`,
    ),
  );
  return { ...page, html };
}

async function framed(srcdoc: string): Promise<StrictPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '1500px';
  frame.srcdoc = srcdoc;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as StrictPage['win'];
  return { frame, win, doc: win.document };
}

/** Polls on the frame's animation frames until `check` passes (no timing assertions). */
export async function untilIn(
  win: Window,
  check: () => boolean,
  what: string,
  maxFrames = 600,
): Promise<void> {
  for (let i = 0; i < maxFrames; i++) {
    if (check()) return;
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }
  throw new Error(`timed out waiting for ${what}`);
}
