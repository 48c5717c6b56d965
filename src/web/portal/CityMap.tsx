import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { api } from '../api.ts';
import { useT } from '../i18n.tsx';
import type { CityMapData } from './public-api.ts';

export type MapPoint = { lat: number; lon: number };
export type PickedHouse = { houseId: number; label: string; lat: number; lon: number };

const W = 640;

/**
 * The city drawn from the address register, not from map tiles (no tile server is reachable,
 * and none is needed offline): every house is a dot, districts are labelled. A tap picks the
 * nearest house; markers show appeals. Keyboard: the arrow keys move the cursor, Enter picks.
 */
export function CityMap(props: { markers?: (MapPoint & { key: string; open: boolean; title: string; onOpen?: () => void })[]; picked?: MapPoint | null; onPick?: (h: PickedHouse) => void; label: string }) {
  const t = useT();
  const [data, setData] = useState<CityMapData | null>(null);
  const [cursor, setCursor] = useState<{ x: number; y: number } | null>(null);
  const svg = useRef<SVGSVGElement>(null);

  useEffect(() => {
    api<CityMapData>('GET', '/public/map').then(setData, () => setData(null));
  }, []);

  const proj = useMemo(() => {
    if (!data?.bounds) return null;
    const b = data.bounds;
    const pad = 0.004;
    const minLon = b.minLon - pad, maxLon = b.maxLon + pad, minLat = b.minLat - pad, maxLat = b.maxLat + pad;
    // Equirectangular with the latitude's cosine: true proportions at a city's scale.
    const k = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180));
    const h = Math.round((W * (maxLat - minLat)) / ((maxLon - minLon) * k));
    return {
      h,
      x: (lon: number) => ((lon - minLon) / (maxLon - minLon)) * W,
      y: (lat: number) => h - ((lat - minLat) / (maxLat - minLat)) * h,
      lon: (x: number) => minLon + (x / W) * (maxLon - minLon),
      lat: (y: number) => minLat + ((h - y) / h) * (maxLat - minLat),
    };
  }, [data]);

  if (!data || !proj) return <div className="citymap placeholder" aria-hidden="true" />;
  const streetName = (id: number) => data.streets.find((s) => s.id === id)?.name ?? '';

  const pickAt = (x: number, y: number) => {
    if (!props.onPick) return;
    let best: CityMapData['houses'][number] | null = null;
    let bestD = Infinity;
    for (const hs of data.houses) {
      const dx = proj.x(hs[2]) - x, dy = proj.y(hs[1]) - y;
      const d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = hs;
      }
    }
    if (best) props.onPick({ houseId: best[0], label: `${streetName(best[3])}, ${best[4]}`, lat: best[1], lon: best[2] });
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const r = svg.current!.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * W;
    const y = ((e.clientY - r.top) / r.height) * proj.h;
    setCursor({ x, y });
    pickAt(x, y);
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!props.onPick) return;
    const c = cursor ?? { x: W / 2, y: proj.h / 2 };
    const step = e.shiftKey ? 40 : 10;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      setCursor({ x: Math.min(W, Math.max(0, c.x + m[0])), y: Math.min(proj.h, Math.max(0, c.y + m[1])) });
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pickAt(c.x, c.y);
    }
  };

  return (
    <svg
      ref={svg}
      className="citymap"
      viewBox={`0 0 ${W} ${proj.h}`}
      role={props.onPick ? 'application' : 'img'}
      aria-label={props.label}
      tabIndex={props.onPick ? 0 : undefined}
      onClick={props.onPick ? onClick : undefined}
      onKeyDown={onKey}
    >
      <rect width={W} height={proj.h} className="land" />
      <g className="houses">
        {data.houses.map((h) => (
          <circle key={h[0]} cx={proj.x(h[2])} cy={proj.y(h[1])} r={1.3} />
        ))}
      </g>
      <g className="districts" aria-hidden="true">
        {data.districts.filter((d) => d.lat !== null && d.lon !== null).map((d) => (
          <text key={d.id} x={proj.x(d.lon!)} y={proj.y(d.lat!)} textAnchor="middle">
            {d.name}
          </text>
        ))}
      </g>
      {props.markers?.map((m) => (
        <g key={m.key} className={`marker ${m.open ? 'open' : 'closed'}`} transform={`translate(${proj.x(m.lon)} ${proj.y(m.lat)})`} onClick={m.onOpen} role={m.onOpen ? 'link' : undefined} aria-label={m.title}>
          <title>{m.title}</title>
          <circle r={5} />
        </g>
      ))}
      {cursor && props.onPick && <circle className="cursor" cx={cursor.x} cy={cursor.y} r={6} />}
      {props.picked && (
        <g className="pin" transform={`translate(${proj.x(props.picked.lon)} ${proj.y(props.picked.lat)})`}>
          <title>{t('portal.where')}</title>
          <path d="M0 0 L-7 -14 A8 8 0 1 1 7 -14 Z" />
        </g>
      )}
    </svg>
  );
}
