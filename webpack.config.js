/**
 * Builds the add-in into dist/: one task pane page that also hosts the custom functions and the ribbon
 * commands (shared runtime), functions.json from the JSDoc, the help page, icons and the manifest.
 * In production every https://localhost:3000/ URL becomes package.json's config.production_url.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { helpPage } = require("./scripts/help-page");
const pkg = require("./package.json");

const DEV_URL = `https://localhost:${pkg.config.dev_server_port}/`;
const PROD_URL = pkg.config.production_url;

/** Emits help.html from README.md and points every localhost URL at production in production builds. */
class PlanTrackerAssetsPlugin {
  constructor(production) {
    this.production = production;
  }
  apply(compiler) {
    const { sources, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PlanTrackerAssetsPlugin", (compilation) => {
      compilation.fileDependencies.add(path.resolve(__dirname, "README.md"));
      compilation.hooks.processAssets.tap(
        { name: "PlanTrackerAssetsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const readme = fs.readFileSync(path.resolve(__dirname, "README.md"), "utf8");
          compilation.emitAsset("help.html", new sources.RawSource(helpPage(readme)));
          if (!this.production) return;
          // V8's explicit compile hint: the scripts the pane runs before its first render are compiled while they
          // stream in, off the main thread, instead of function by function on first call (about half of the
          // main thread's time to a visible overview). After minification, which would drop the comment.
          for (const name of ["functions.js", "taskpane.js"]) {
            const asset = compilation.getAsset(name);
            if (asset)
              compilation.updateAsset(name, new sources.ConcatSource("//# allFunctionsCalledOnLoad\n", asset.source));
          }
          for (const name of ["functions.json", "manifest.xml"]) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = asset.source
              .source()
              .toString()
              .split(DEV_URL)
              .join(PROD_URL)
              .split(DEV_URL.slice(0, -1))
              .join(PROD_URL.replace(/\/$/, ""));
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

/**
 * Writes src/generated/ before the first compilation, from the tree as it is: the catalog (text, and parsed for the
 * add-in), the seeds' facts and the overview of those seeds the pane shows first (embed-seeds.js writes both). So the build never embeds data
 * an earlier run left behind. Each script writes a file only when its content changes (no rebuild loop in watch).
 */
class EmbedGeneratedDataPlugin {
  constructor(production) {
    this.production = production;
  }
  apply(compiler) {
    let done = false;
    const embed = () => {
      if (done) return;
      done = true;
      // production: also the pane's first render as markup for taskpane.html (PrerenderedOverviewPlugin)
      const scripts = ["embed-catalog.js", "embed-seeds.js", ...(this.production ? ["prerender-overview.js"] : [])];
      for (const script of scripts)
        execFileSync(process.execPath, [path.join(__dirname, "scripts", script)], { cwd: __dirname, stdio: "inherit" });
    };
    compiler.hooks.beforeRun.tap("EmbedGeneratedDataPlugin", embed);
    compiler.hooks.watchRun.tap("EmbedGeneratedDataPlugin", embed);
  }
}

/**
 * Production: taskpane.html holds the overview pre-rendered at build time (src/taskpane/prerender.tsx), so the page
 * shows it as soon as it is parsed. Put in after HtmlWebpackPlugin has written and minified the page: minifying
 * would drop the comments React's markup needs to be taken over as it is.
 */
class PrerenderedOverviewPlugin {
  apply(compiler) {
    const { sources, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PrerenderedOverviewPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PrerenderedOverviewPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const asset = compilation.getAsset("taskpane.html");
          if (!asset) return;
          const html = asset.source.source().toString();
          const file = path.resolve(__dirname, "src", "generated", "overview-prerender.json");
          const { year, markup, styles, fitScript } = JSON.parse(fs.readFileSync(file, "utf8"));
          const root = /<div id="?root"?><div id="?boot"?>[^<]*<\/div><\/div>/;
          if (!root.test(html) || !html.includes("</head>"))
            throw new Error("PrerenderedOverviewPlugin: taskpane.html has no <div id=root><div id=boot>…</div></div>");
          // inert until React has taken it over (src/taskpane/mount.tsx)
          const prerendered = `<div id="root" data-pt-prerendered data-pt-year="${year}" inert>${markup}</div>`;
          const page = html
            .replace("</head>", () => `<script>${fitScript}</script>${styles}</head>`)
            .replace(root, () => prerendered);
          compilation.updateAsset("taskpane.html", new sources.RawSource(page));
        },
      );
    });
  }
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const config = {
    devtool: production ? false : "source-map",
    entry: {
      // The pane and the ribbon commands build on the functions bundle (one runtime, one copy of the store,
      // the core and the seeds), which stays self-contained for Functions.Script.Url.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
      functions: ["./src/functions/seed-init.ts", "./src/functions/functions.ts"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: !production } },
          },
        },
        {
          // pdf.js's worker (src/input/pdf-browser.ts) is emitted as a file of the add-in and started from there
          test: /pdfjs-dist[\\/]build[\\/]pdf\.worker\.min\.mjs$/,
          type: "asset/resource",
          generator: { filename: "pdf.worker.[contenthash:8].js" }, // .js: every server sends it as JavaScript
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new EmbedGeneratedDataPlugin(production),
      // The add-in embeds the catalog already parsed (src/core/catalog/default.ts uses `parts` when it is there).
      new webpack.NormalModuleReplacementPlugin(/generated[\\/]catalog-data\.json$/, (resource) => {
        resource.request = resource.request.replace(/catalog-data\.json$/, "catalog-data.browser.json");
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          // office.js is served from the add-in itself, so nothing is fetched from a CDN.
          { from: "node_modules/@microsoft/office-js/dist/office.js", to: "office-js/" },
          { from: "node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js", to: "office-js/" },
          {
            from: "node_modules/@microsoft/office-js/dist/excel-*.js",
            to: "office-js/[name][ext]",
            globOptions: { ignore: ["**/*.debug.js"] },
          },
          { from: "node_modules/@microsoft/office-js/dist/en-us", to: "office-js/en-us" },
          { from: "node_modules/@microsoft/office-js/dist/telemetry", to: "office-js/telemetry" },
          // pdf.js's character maps (Chinese PDFs with fonts not embedded), fetched only when such a PDF is opened
          { from: "node_modules/pdfjs-dist/cmaps", to: "pdfjs/cmaps" },
        ],
      }),
      new PlanTrackerAssetsPlugin(production),
      ...(production ? [new PrerenderedOverviewPlugin()] : []),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: pkg.config.dev_server_port,
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
  if (!production && env && env.WEBPACK_SERVE) {
    // HTTPS with the Office dev certificates; without them (e.g. Linux without a trusted CA) plain HTTP.
    try {
      const devCerts = require("office-addin-dev-certs");
      config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
    } catch (error) {
      console.warn(`office-addin-dev-certs: ${error.message}; serving over HTTP`);
    }
  }
  return config;
};
