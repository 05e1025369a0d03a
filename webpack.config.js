/* global require, module, __dirname, __filename, process */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads this file as CommonJS */
// Builds the add-in into dist/. `npm run build` = production: the pane, the ribbon function file, the auth dialog,
// the manifests with the production origin substituted, and the workbench under dist/workbench/ (the e2e tests and
// `npm start` serve it; pass `--env no-workbench` for a deployable dist without it). `npm run dev-server` serves the
// same over https://localhost:3000 with Office dev certificates when they exist, else http://127.0.0.1:3000.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;
const fromRoot = (...parts) => path.join(root, ...parts);
const exists = (relativePath) => fs.existsSync(fromRoot(relativePath));

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;

/** TypeScript helpers (manifest tools, Graph simulator) load through tsx, so the config itself stays plain JS. */
function requireTypeScript(relativePath) {
  const { require: tsxRequire } = require('tsx/cjs/api');
  return tsxRequire(fromRoot(relativePath), __filename);
}

/**
 * The pane's Content-Security-Policy. connect-src allows any https origin and loopback because the LLM and Graph
 * endpoints are settings; remote images, media, fonts, frames, objects and form targets stay blocked, so nothing
 * model- or email-derived can load a remote resource.
 */
function contentSecurityPolicy({ officeCdn }) {
  return [
    "default-src 'self'",
    `script-src 'self'${officeCdn ? ' https://appsforoffice.microsoft.com' : ''}`,
    "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "media-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Emits dist/manifest.xml (production URLs) and dist/manifest.json (unified manifest) from the manifest helpers. */
class ManifestPlugin {
  constructor(origin) {
    this.origin = origin;
  }

  apply(compiler) {
    const modulePath = 'scripts/manifest/index.ts';
    if (!exists('manifest.xml') || !exists(modulePath)) return;
    const { substituteManifestUrls, convertToUnifiedManifest } = requireTypeScript(modulePath);
    const { sources, Compilation } = compiler.webpack;

    compiler.hooks.thisCompilation.tap('ManifestPlugin', (compilation) => {
      compilation.fileDependencies.add(fromRoot('manifest.xml'));
      compilation.hooks.processAssets.tap(
        { name: 'ManifestPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const xml = fs.readFileSync(fromRoot('manifest.xml'), 'utf8');
          compilation.emitAsset(
            'manifest.xml',
            new sources.RawSource(substituteManifestUrls(xml, this.origin)),
          );
        },
      );
    });

    // The converter works on files, so it runs on the emitted XML once it is on disk.
    compiler.hooks.afterEmit.tapPromise('ManifestPlugin', async (compilation) => {
      if (typeof convertToUnifiedManifest !== 'function') return;
      const outputPath = compilation.outputOptions.path;
      const xmlPath = path.join(outputPath, 'manifest.xml');
      if (fs.existsSync(xmlPath)) await convertToUnifiedManifest(xmlPath, outputPath);
    });
  }
}

/** Office dev certificates from `npx office-addin-dev-certs install`, when they exist on this machine. */
function officeDevCertificates() {
  const directory = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!fs.existsSync(path.join(directory, files.key)) || !fs.existsSync(path.join(directory, files.cert)))
    return null;
  const certificates = {};
  for (const [name, file] of Object.entries(files)) {
    const filePath = path.join(directory, file);
    if (fs.existsSync(filePath)) certificates[name] = fs.readFileSync(filePath);
  }
  return certificates;
}

function devServerConfig() {
  const certificates = process.env.CI ? null : officeDevCertificates();
  return {
    host: certificates ? 'localhost' : '127.0.0.1',
    port: DEV_PORT,
    server: certificates ? { type: 'https', options: certificates } : 'http',
    hot: false,
    liveReload: true,
    client: { overlay: { warnings: false, errors: true } },
    headers: { 'Cache-Control': 'no-store' },
    devMiddleware: { writeToDisk: false },
    static: false,
    setupMiddlewares(middlewares) {
      // The Graph simulator on the same origin, as in the workbench server: Graph base URL = <origin>/graph/v1.0.
      const { createGraphSimulator } = requireTypeScript('src/simulators/graph/index.ts');
      const simulator = createGraphSimulator({});
      middlewares.unshift({
        name: 'graph-simulator',
        path: '/graph',
        middleware: (request, response) => simulator.handle(request, response, ''),
      });
      return middlewares;
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const isProduction = mode === 'production';
  const withWorkbench = !env['no-workbench'];
  const origin = (process.env.ADDIN_ORIGIN || 'https://localhost:3000').replace(/\/+$/, '');

  const entry = { taskpane: './src/taskpane/index.tsx' };
  if (exists('src/commands/commands.ts')) entry.commands = './src/commands/commands.ts';
  if (exists('src/auth/dialog/index.ts')) entry['auth-dialog'] = './src/auth/dialog/index.ts';
  if (withWorkbench) {
    entry.workbench = './src/workbench/page/index.ts';
    entry['office-emulator'] = './src/workbench/emulator/office-emulator.ts';
  }

  const html = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      officeScript: OFFICE_JS_CDN,
      contentSecurityPolicy: contentSecurityPolicy({ officeCdn: true }),
    }),
  ];
  if (entry.commands && exists('src/commands/commands.html')) {
    html.push(
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
    );
  }
  if (entry['auth-dialog'] && exists('src/auth/dialog/auth-dialog.html')) {
    html.push(
      new HtmlWebpackPlugin({
        filename: 'auth-dialog.html',
        template: './src/auth/dialog/auth-dialog.html',
        chunks: ['auth-dialog'],
        officeScript: OFFICE_JS_CDN,
        contentSecurityPolicy: contentSecurityPolicy({ officeCdn: true }),
      }),
    );
  }
  if (withWorkbench) {
    html.push(
      new HtmlWebpackPlugin({
        filename: 'workbench/index.html',
        template: './src/workbench/page/index.html',
        chunks: ['workbench'],
      }),
      // The same pane chunks as taskpane.html; only the Office.js provider differs (the emulator, loaded first).
      new HtmlWebpackPlugin({
        filename: 'workbench/pane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['office-emulator', 'taskpane'],
        chunksSortMode: 'manual',
        officeScript: '',
        contentSecurityPolicy: contentSecurityPolicy({ officeCdn: false }),
      }),
    );
    // The sign-in dialog next to workbench/pane.html (the pane opens `auth-dialog.html` relative to itself), with
    // the emulator in place of office.js: `messageParent` must reach the workbench, not the CDN's Office.
    if (entry['auth-dialog'] && exists('src/auth/dialog/auth-dialog.html')) {
      html.push(
        new HtmlWebpackPlugin({
          filename: 'workbench/auth-dialog.html',
          template: './src/auth/dialog/auth-dialog.html',
          chunks: ['office-emulator', 'auth-dialog'],
          chunksSortMode: 'manual',
          officeScript: '',
          contentSecurityPolicy: contentSecurityPolicy({ officeCdn: false }),
        }),
      );
    }
  }

  const copyPatterns = [];
  if (exists('assets') && fs.readdirSync(fromRoot('assets')).length > 0) {
    copyPatterns.push({ from: 'assets', to: 'assets' });
  }

  return {
    mode,
    context: root,
    target: ['web', 'es2020'],
    devtool: isProduction ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: {
      path: fromRoot('dist'),
      filename: isProduction ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: isProduction ? '[name].[contenthash:8].js' : '[name].js',
      // Relative to each page, so dist/ works under any origin or path, and dist/workbench/ pages reach the root chunks.
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !isProduction } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      ...html,
      ...(copyPatterns.length > 0 ? [new CopyWebpackPlugin({ patterns: copyPatterns })] : []),
      new ManifestPlugin(origin),
    ],
    devServer: devServerConfig(),
    stats: isProduction ? 'normal' : 'minimal',
  };
};
