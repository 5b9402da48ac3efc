// GitRepo create/edit form: schema, conversion, secrets and clone (pure; safe on client and server).
export * from './gitrepo-form';
export * from './gitrepo-convert';
export * from './gitrepo-secrets';
export * from './gitrepo-clone';
export { writeResourceVersion } from './gitrepo-concurrency';
export { targetsFromSpec, targetsToSpec, ALL_CLUSTERS_TARGET, NO_CLUSTERS_TARGET } from './gitrepo-targets';
export { authSecretName, isAuthSecretNameOf } from './secret-names';
export { ADVANCED_SPEC_KEYS, FORM_SPEC_KEYS, parseAdvanced } from './advanced';
export { repoUrlKind } from './git-validators';
export * from './helmop-form';
export * from './helmop-convert';
export * from './helmop-secrets';
export * from './helmop-clone';
export { helmAuthSecretName, isHelmAuthSecretNameOf } from './secret-names';
export { targetIssues, type FormTargets } from './target-entries';
