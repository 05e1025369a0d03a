import type { Scenario } from '../../../helpers/scenario-types';
import { mailScenarios } from './mail';

/** Every scenario, in a stable order. */
export const allScenarios: readonly Scenario[] = [...mailScenarios];
