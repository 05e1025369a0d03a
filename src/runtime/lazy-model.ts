import type { LanguageModel, ModelEvent, ModelRequest } from '../llm/model';
import type { LlmSettings } from '../settings/schema';

/**
 * A `LanguageModel` that builds the real one on first use and again whenever the LLM settings change. The
 * session needs a model when it is created; the provider SDK (and its chunk) should load only when the user
 * first asks something.
 */
export function createLazyModel(currentSettings: () => LlmSettings): LanguageModel {
  let cached: { key: string; model: Promise<LanguageModel> } | undefined;

  function model(): Promise<LanguageModel> {
    const settings = currentSettings();
    const key = JSON.stringify(settings);
    if (cached?.key !== key) {
      const built = import(/* webpackChunkName: "llm" */ '../llm').then(({ createLanguageModel }) =>
        createLanguageModel(settings),
      );
      // A failed build (missing setting) must not stick: the next request tries again with new settings.
      built.catch(() => {
        if (cached?.model === built) cached = undefined;
      });
      cached = { key, model: built };
    }
    return cached.model;
  }

  return {
    async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
      const resolved = await model();
      yield* resolved.stream(request);
    },
  };
}
