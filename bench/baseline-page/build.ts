import path from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack, { type Configuration } from 'webpack';

export const BASELINE_DIST = path.join(__dirname, 'dist');

/** Production config with the same loader, target and chunking as the add-in's, for one entry and one page. */
function baselineConfig(): Configuration {
  return {
    mode: 'production',
    context: __dirname,
    target: ['web', 'es2020'],
    devtool: false,
    entry: { baseline: './index.tsx' },
    output: { path: BASELINE_DIST, filename: '[name].[contenthash:8].js', publicPath: 'auto', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    optimization: { splitChunks: { chunks: 'async' } },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './index.html' })],
  };
}

/** Builds the baseline page into bench/baseline-page/dist (in this process) and returns its directory. */
export function buildBaselinePage(): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack(baselineConfig(), (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack gave no stats'));
      }
      resolve(BASELINE_DIST);
    });
  });
}
