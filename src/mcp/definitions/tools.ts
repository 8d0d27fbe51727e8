// Every tool, in the fixed order tools/list shows them.
import { checkChanges, checkFiles, checkPythonCode, fixPythonCode } from './check-tools.js';
import { explainRule, getEngineeringStandards, listRules, loadRelevantStandards } from './standards-tools.js';
import type { AnyTool } from './types.js';

export const TOOLS: readonly AnyTool[] = [
  getEngineeringStandards,
  loadRelevantStandards,
  checkPythonCode,
  fixPythonCode,
  checkFiles,
  checkChanges,
  explainRule,
  listRules,
];
