/**
 * The 3-D view of a surface (three.js, loaded only when the view is opened): the surface as a
 * coloured mesh, heights from the same normalization as the heat map's colours, the optimizers'
 * paths lying on it up to the step shown, orbit with the mouse or a finger.
 */
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { type ColormapName, colormap } from '../../src/plot/index.js';
import type { Field } from './field.js';

export interface View3D {
  setStep(k: number): void;
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
  controls.enableDamping = true;

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

  // the paths, a little above the surface
  const lines = paths.map((p) => {
    const pos = new Float32Array(p.points.length * 3);
    p.points.forEach(([x, y], i) => {
      pos[3 * i] = toX(x);
      pos[3 * i + 1] = toY(y);
      pos[3 * i + 2] = toZ(field.f(x, y)) + 0.015;
    });
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
    const line = new THREE.Line(g, new THREE.LineBasicMaterial({ color: p.color }));
    const dot = new THREE.Mesh(
      new THREE.SphereGeometry(0.025, 12, 8),
      new THREE.MeshBasicMaterial({ color: p.color }),
    );
    scene.add(line, dot);
    return { line, dot, pos, n: p.points.length };
  });

  let step = 0;
  const setStep = (k: number) => {
    step = k;
    for (const l of lines) {
      const last = Math.max(0, Math.min(l.n - 1, k));
      l.line.geometry.setDrawRange(0, last + 1);
      l.dot.position.set(l.pos[3 * last], l.pos[3 * last + 1], l.pos[3 * last + 2]);
    }
  };
  setStep(step);
  renderer.setAnimationLoop(() => {
    controls.update();
    renderer.render(scene, camera);
  });
  return {
    setStep,
    resize(w, h) {
      renderer.setSize(w, h);
      camera.aspect = w / h;
      camera.updateProjectionMatrix();
    },
    dispose() {
      renderer.setAnimationLoop(null);
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
