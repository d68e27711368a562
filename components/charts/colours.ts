// Series colours of the charts, in order: distinguishable for the common colour-vision
// deficiencies (Okabe–Ito), and never the only carrier of meaning (each chart has its table).
export const CHART_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;
