import { ScatterChart } from 'echarts/charts';
import { echarts } from './echarts';

// Registered by the two-indicator view alone, so that the default view's bundle does not carry the scatter series.
echarts.use([ScatterChart]);
