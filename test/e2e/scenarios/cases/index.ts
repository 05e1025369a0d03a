import type { Scenario } from '../../../helpers/scenario-types';
import { calendarScenarios } from './calendar';
import { crossScenarios } from './cross';
import { mailScenarios, moreMailScenarios } from './mail';
import { onedriveScenarios } from './onedrive';
import { onenoteScenarios } from './onenote';
import { todoScenarios } from './todo';

/** Every scenario, in a stable order. */
export const allScenarios: readonly Scenario[] = [
  ...mailScenarios,
  ...moreMailScenarios,
  ...calendarScenarios,
  ...todoScenarios,
  ...onedriveScenarios,
  ...onenoteScenarios,
  ...crossScenarios,
];
