/**
 * The immutable hand-offs between the parser's stages: a talk as its region reader read it
 * ({@link io.github.talkcatalog.internal.draft.TalkDraft}) and the document as the layout stage read
 * it ({@link io.github.talkcatalog.internal.draft.CatalogDraft}). Imports only the model and the
 * planner's {@link io.github.talkcatalog.internal.plan.Structure}. Internal.
 */
package io.github.talkcatalog.internal.draft;
