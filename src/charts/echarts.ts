import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** Only exports need these: loaded on the first export, not before the first chart. */
export async function loadExportRenderers(): Promise<void> {
  const [svg, graphic] = await Promise.all([
    import('echarts/lib/renderer/installSVGRenderer.js'),
    import('echarts/lib/component/graphic/install.js'),
  ]);
  echarts.use([svg.install, graphic.install]);
}

export { echarts };
