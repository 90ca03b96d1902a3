/** webpack emits pdf.js's worker as a file (asset/resource in webpack.config.js); importing it gives its URL. */
declare module "pdfjs-dist/build/pdf.worker.min.mjs" {
  const url: string;
  export default url;
}
