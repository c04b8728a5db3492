/**
 * The 3-D view of a surface (three.js, loaded only when the view is opened): the surface as a
 * coloured mesh, heights from the same normalization as the heat map's colours, the optimizers'
 * paths lying on it up to the step shown (thick screen-space lines with a dark edge, a white ball
 * at the start, a ball at the current point and a diamond where the run ends), orbit with the
 * mouse or a finger. It renders only when something changed (the step, the size, the camera moved
 * by the pointer): no render loop, so a paused lab with the 3-D view open costs nothing.
 */
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { Line2 } from 'three/examples/jsm/lines/Line2.js';
import { LineGeometry } from 'three/examples/jsm/lines/LineGeometry.js';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { type ColormapName, colormap } from '../../../../src/plot/index.js';
import type { Field } from '../field.js';

export interface View3D {
  setStep(k: number): void;
  /** Frames rendered so far (each a response to a change). */
  readonly renders: number;
  resize(w: number, h: number): void;
  dispose(): void;
}

const N = 90;
const HEIGHT = 0.9;

export function mountView3D(
  host: HTMLElement,
  field: Field,
  norm: (v: number) => number,
  cmap: ColormapName,
  paths: { points: number[][]; color: string }[],
): View3D {
  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
  renderer.setClearColor(0xffffff);
  host.appendChild(renderer.domElement);
  const scene = new THREE.Scene();
  const camera = new THREE.PerspectiveCamera(40, 1, 0.01, 100);
  camera.up.set(0, 0, 1);
  camera.position.set(2.2, -2.6, 2.1);
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.target.set(0, 0, HEIGHT / 3);
  // no damping: a damped camera keeps moving after the pointer stops, which needs a render loop
  controls.enableDamping = false;
  let renders = 0;
  let queued = 0;
  // one render per frame at most, however many changes came in it
  const render = () => {
    if (queued) return;
    queued = requestAnimationFrame(() => {
      queued = 0;
      renders++;
      renderer.render(scene, camera);
    });
  };
  controls.addEventListener('change', render);

  const [[x0, x1], [y0, y1]] = field.domain;
  const toX = (x: number) => ((x - x0) / (x1 - x0)) * 2 - 1;
  const toY = (y: number) => ((y - y0) / (y1 - y0)) * 2 - 1;
  const toZ = (v: number) => (Number.isFinite(v) ? Math.max(0, Math.min(1, norm(v))) * HEIGHT : 0);

  // the surface
  const cm = colormap(cmap);
  const positions = new Float32Array(N * N * 3);
  const colors = new Float32Array(N * N * 3);
  const c = new THREE.Color();
  for (let j = 0; j < N; j++)
    for (let i = 0; i < N; i++) {
      const x = x0 + ((x1 - x0) * i) / (N - 1);
      const y = y0 + ((y1 - y0) * j) / (N - 1);
      const v = field.f(x, y);
      const k = 3 * (j * N + i);
      positions[k] = toX(x);
      positions[k + 1] = toY(y);
      positions[k + 2] = toZ(v);
      c.set(Number.isFinite(v) ? cm(norm(v)) : '#8c8c8c');
      colors[k] = c.r;
      colors[k + 1] = c.g;
      colors[k + 2] = c.b;
    }
  const index: number[] = [];
  for (let j = 0; j < N - 1; j++)
    for (let i = 0; i < N - 1; i++) {
      const a = j * N + i;
      index.push(a, a + 1, a + N, a + 1, a + N + 1, a + N);
    }
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  geometry.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  geometry.setIndex(index);
  geometry.computeVertexNormals();
  const mesh = new THREE.Mesh(
    geometry,
    new THREE.MeshLambertMaterial({ vertexColors: true, side: THREE.DoubleSide }),
  );
  scene.add(mesh);
  const wire = new THREE.LineSegments(
    new THREE.WireframeGeometry(geometry),
    new THREE.LineBasicMaterial({ color: 0x000000, transparent: true, opacity: 0.06 }),
  );
  scene.add(wire);
  scene.add(new THREE.AmbientLight(0xffffff, 1.6));
  const sun = new THREE.DirectionalLight(0xffffff, 1.6);
  sun.position.set(1, -1, 3);
  scene.add(sun);

  // the paths, a little above the surface: fat lines (pixels wide at any zoom) over a darker edge
  const lift = 0.02;
  const materials: LineMaterial[] = [];
  const lineMaterial = (color: string | number, width: number) => {
    const m = new LineMaterial({
      color: new THREE.Color(color).getHex(),
      linewidth: width,
      worldUnits: false,
    });
    materials.push(m);
    return m;
  };
  const ball = (radius: number, color: string | number) =>
    new THREE.Mesh(new THREE.SphereGeometry(radius, 16, 12), new THREE.MeshBasicMaterial({ color }));
  const lines = paths.map((p) => {
    const finite = p.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
    const pos = new Float32Array(Math.max(2, finite.length) * 3);
    finite.forEach(([x, y], i) => {
      pos[3 * i] = toX(Math.max(x0, Math.min(x1, x)));
      pos[3 * i + 1] = toY(Math.max(y0, Math.min(y1, y)));
      pos[3 * i + 2] = toZ(field.f(x, y)) + lift;
    });
    if (finite.length === 1) pos.copyWithin(3, 0, 3);
    const g = new LineGeometry();
    g.setPositions(pos);
    const edge = new Line2(g, lineMaterial(0x111111, 7));
    // the edges never hide a coloured line where paths overlap
    edge.material.depthWrite = false;
    const line = new Line2(g, lineMaterial(p.color, 4));
    edge.renderOrder = 1;
    line.renderOrder = 2;
    const n = Math.max(1, finite.length);
    const last = 3 * (n - 1);
    const dot = ball(0.04, p.color);
    const end = new THREE.Mesh(
      new THREE.OctahedronGeometry(0.045),
      new THREE.MeshBasicMaterial({ color: p.color, transparent: true, opacity: 0.55 }),
    );
    end.position.set(pos[last], pos[last + 1], pos[last + 2] + 0.02);
    scene.add(edge, line, dot, end);
    return { line, edge, g, dot, pos, n };
  });
  // the common start: a white ball with a dark ring
  if (paths[0]?.points[0]) {
    const [sx, sy] = paths[0].points[0];
    const start = ball(0.05, 0xffffff);
    start.position.set(toX(sx), toY(sy), toZ(field.f(sx, sy)) + lift);
    const ring = ball(0.06, 0x111111);
    ring.position.copy(start.position);
    (ring.material as THREE.MeshBasicMaterial).side = THREE.BackSide;
    scene.add(start, ring);
  }

  let step = 0;
  const setStep = (k: number) => {
    step = k;
    for (const l of lines) {
      const last = Math.max(0, Math.min(l.n - 1, k));
      // segment i joins points i and i + 1: `last` of them reach the point shown
      l.g.instanceCount = Math.max(0, last);
      l.dot.position.set(l.pos[3 * last], l.pos[3 * last + 1], l.pos[3 * last + 2]);
    }
  };
  setStep(step);
  return {
    setStep(k) {
      if (k === step) return;
      setStep(k);
      render();
    },
    get renders() {
      return renders;
    },
    resize(w, h) {
      renderer.setSize(w, h, false);
      for (const m of materials) m.resolution.set(w, h);
      camera.aspect = w / h;
      camera.updateProjectionMatrix();
      render();
    },
    dispose() {
      cancelAnimationFrame(queued);
      controls.removeEventListener('change', render);
      controls.dispose();
      scene.traverse((o) => {
        const m = o as THREE.Mesh;
        m.geometry?.dispose();
        const mat = m.material as THREE.Material | undefined;
        mat?.dispose();
      });
      renderer.dispose();
      renderer.domElement.remove();
    },
  };
}
