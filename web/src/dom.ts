/** A few DOM helpers: the lab is plain DOM, no framework, so the first load stays small. */

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown> & { class?: string; style?: string };

/** `h('button', { class: 'x', onclick }, 'text')`: an element with attributes, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v as EventListener);
      else if (k === 'value' || k === 'checked' || k === 'selected')
        (e as unknown as Record<string, unknown>)[k] = v;
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(e, children);
  return e;
}

function append(e: Node, children: (Child | Child[])[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(e, c);
    else if (c === null || c === undefined || c === false) continue;
    else e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

/** Replaces the children of `e`. */
export function fill(e: Element, ...children: (Child | Child[])[]): void {
  e.replaceChildren();
  append(e, children);
}

let uid = 0;
/** A fresh id for label/for pairs. */
export function nextId(prefix = 'f'): string {
  uid += 1;
  return `${prefix}${uid}`;
}

/** Saves `content` as a file named `name` through a temporary link. */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A canvas sized for the screen: CSS size w×h, backing store w·dpr × h·dpr, context scaled. */
export function fitCanvas(c: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D {
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const W = Math.max(1, Math.round(w * dpr));
  const H = Math.max(1, Math.round(h * dpr));
  if (c.width !== W || c.height !== H) {
    c.width = W;
    c.height = H;
  }
  const ctx = c.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/** Saves the context and clips drawing to the plot rectangle, with round joins for paths; restore() ends it. */
export function clipToPlot(
  ctx: CanvasRenderingContext2D,
  r: { x: number; y: number; w: number; h: number },
): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
}
