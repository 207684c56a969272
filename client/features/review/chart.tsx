import { useEffect, useRef } from 'react';

type Option = Record<string, unknown>;

/**
 * One ECharts chart (SVG, so it prints sharp). The library is loaded on first use; `aria.decal` adds
 * patterns to bars and areas so series stay distinguishable when printed in black and white.
 *
 * Sizing, on screen and on paper: the chart is redrawn whenever its box changes size (ResizeObserver:
 * window resizes, and the print layout, which is narrower than most screens and puts charts side by
 * side) and when print media starts or ends (then at `printHeight`, if given, to fit the page). Should a print snapshot still be taken at another width,
 * the SVG carries a viewBox and the print stylesheet scales it to its box instead of cutting it off.
 */
export function Chart({
  option,
  height = 260,
  printHeight,
  label,
}: {
  option: Option;
  height?: number;
  printHeight?: number;
  label: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart:
      | {
          setOption(o: Option): void;
          resize(o?: { height?: number }): void;
          dispose(): void;
          on(event: string, fn: () => void): void;
        }
      | undefined;
    const fitViewBox = () => {
      const svg = el.current?.querySelector('svg');
      const w = svg?.getAttribute('width');
      const h = svg?.getAttribute('height');
      if (svg && w && h) svg.setAttribute('viewBox', `0 0 ${parseFloat(w)} ${parseFloat(h)}`);
    };
    const print = window.matchMedia?.('print');
    // The height is given, not measured: on paper the box's height follows the scaled SVG.
    const heightNow = () => (print?.matches && printHeight ? printHeight : height);
    const resize = () => {
      chart?.resize({ height: heightNow() });
      fitViewBox();
    };
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(resize);
    void import('./echarts').then(({ reviewEcharts }) => {
      if (disposed || !el.current) return;
      chart = reviewEcharts().init(el.current, undefined, { renderer: 'svg', height: heightNow() });
      chart.on('finished', fitViewBox);
      chart.setOption({
        aria: { enabled: true, decal: { show: true } },
        animation: false,
        textStyle: { fontFamily: 'inherit' },
        ...option,
      });
      fitViewBox();
      observer?.observe(el.current);
      print?.addEventListener('change', resize);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      print?.removeEventListener('change', resize);
      chart?.dispose();
    };
  }, [option, height, printHeight]);
  return (
    <div
      ref={el}
      role="img"
      aria-label={label}
      style={{ height }}
      className="review-chart w-full min-w-0 break-inside-avoid"
    />
  );
}
