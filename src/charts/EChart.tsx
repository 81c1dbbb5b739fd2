import { useEffect, useRef, useState } from 'react';
import { takePrerenderedChart } from '../app/prerendered';
import { echarts } from './echarts';

interface Props {
  option: Record<string, unknown>;
  height: number;
  label: string;
  onSelect(observationId: string): void;
}

const prerenderWidth = 960;

/** At build time the chart is drawn as SVG into the page, so it shows before any script has run. */
function renderSvgMarkup(option: Record<string, unknown>, height: number): string {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: prerenderWidth, height });
  chart.setOption(option);
  const markup = chart.renderToSVGString();
  chart.dispose();
  return markup;
}

const initialMarkup = (option: Record<string, unknown>, height: number) =>
  typeof window === 'undefined' ? renderSvgMarkup(option, height) : takePrerenderedChart();

/** The only component that touches an ECharts instance. */
export function EChart({ option, height, label, onSelect }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const [prerendered] = useState(() => initialMarkup(option, height));

  useEffect(() => {
    host.current!.replaceChildren();
    const instance = echarts.init(host.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // Tests and benchmarks wait on this: it changes once the canvas shows the latest option.
    instance.on('finished', () => {
      host.current?.setAttribute('data-rendered', String(Number(host.current.getAttribute('data-rendered') ?? 0) + 1));
      host.current?.dispatchEvent(new Event('chart-drawn', { bubbles: true }));
    });
    instance.on('click', (params) => {
      const id = (params.data as { cell?: { observation_id?: string | null } } | undefined)?.cell?.observation_id;
      if (id) select.current(id);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={host}
      className="chart"
      style={{ height }}
      role="img"
      aria-label={label}
      data-testid="chart"
      data-prerendered={prerendered ? '' : undefined}
      dangerouslySetInnerHTML={prerendered ? { __html: prerendered } : undefined}
      suppressHydrationWarning
    />
  );
}
