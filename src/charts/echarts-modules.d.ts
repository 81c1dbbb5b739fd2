// ECharts ships these installers without types beside them; each is an ECharts extension.
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  export const install: import('echarts/core').EChartsExtensionInstaller;
}
declare module 'echarts/lib/component/graphic/install.js' {
  export const install: import('echarts/core').EChartsExtensionInstaller;
}
