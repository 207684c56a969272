/** ECharts with only what the review draws; imported dynamically so no other page loads it. */
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

/**
 * ECharts with the review's charts, components and the SVG renderer registered. Registration happens
 * here, inside a used export, not as a top-level statement: package.json marks the app's modules free
 * of side effects, so the bundler drops a bare top-level `echarts.use(...)` and init() then fails
 * ("is not a constructor": no SVG painter).
 */
export function reviewEcharts(): typeof echarts {
  if (!registered) {
    echarts.use([
      BarChart,
      FunnelChart,
      LineChart,
      AriaComponent,
      GridComponent,
      LegendComponent,
      TooltipComponent,
      SVGRenderer,
    ]);
    registered = true;
  }
  return echarts;
}
