import { useEffect, useRef } from 'react';

type Option = Record<string, unknown>;

/**
 * One ECharts chart (SVG, so it prints sharp). The library is loaded on first use; `aria.decal` adds
 * patterns to bars and areas so series stay distinguishable when printed in black and white.
 */
export function Chart({ option, height = 260, label }: { option: Option; height?: number; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: Option): void; resize(): void; dispose(): void } | undefined;
    const onResize = () => chart?.resize();
    void import('./echarts').then(({ echarts }) => {
      if (disposed || !el.current) return;
      chart = echarts.init(el.current, undefined, { renderer: 'svg' });
      chart.setOption({ aria: { enabled: true, decal: { show: true } }, animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
      window.addEventListener('resize', onResize);
      window.addEventListener('beforeprint', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      window.removeEventListener('beforeprint', onResize);
      chart?.dispose();
    };
  }, [option]);
  return <div ref={el} role="img" aria-label={label} style={{ height }} className="w-full break-inside-avoid" />;
}
