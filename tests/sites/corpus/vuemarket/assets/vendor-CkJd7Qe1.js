/* vue@3.4.38 runtime (tree-shaken stub for the shell) */export const a={version:"3.4.38"};
