// The figures and the pages they live on, from the anchor manifest.
import anchors from '../anchors.json' with { type: 'json' };

export const figurePages: { id: string; name: string; section: string; path: string }[] = Object.entries(anchors.ids).flatMap(
  ([section, ids]) =>
    ids
      .filter((id) => id.startsWith('fig-'))
      .map((id) => ({ id, name: id.slice(4), section, path: `/continuity/${section}/` })),
);

export const allPages = ['/', ...anchors.sections.map((s) => `/continuity/${s}/`), '/continuity/one-page/', '/figures/', '/search/'];
