/** Report notes about the model: `*_id` columns that link to nothing are named, linked ones are not. */
import { buildModel, unlinkedIdFields } from '../../src/core/design.js';

describe('unlinkedIdFields', () => {
  test('names an *_id field with no entity and no relation', () => {
    const m = buildModel({ entities: 'User: email\nPost: title, editor_id, user_id', relations: [] });
    expect(unlinkedIdFields(m)).toEqual([
      'Post.editor_id is a key-typed column with no FK (no entity or relation names it); add a relation with "column": "editor_id" to link it, or say @plain(editor_id)',
    ]);
  });

  test('an explicit relation on the column links it; kind none keeps it a plain column and says so', () => {
    const linked = buildModel({ entities: 'User: email\nPost: editor_id', relations: [{ from: 'User', to: 'Post', kind: 'one-to-many', column: 'editor_id' }] });
    expect(unlinkedIdFields(linked)).toEqual([]);
    const plain = buildModel({ entities: 'User: email\nPost: user_id', relations: [{ from: 'User', to: 'Post', kind: 'none' }] });
    expect(unlinkedIdFields(plain)).toHaveLength(1);
  });
});
