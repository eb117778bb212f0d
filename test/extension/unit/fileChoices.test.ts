import assert from 'node:assert/strict';
import { FILE_CHOICES_KEY, FileChoices, MAX_FILE_CHOICES, type ChoiceMemento } from '../../../src/extension/fileChoices';

/** A workspaceState stand-in: a map, as VS Code's Memento is for the extension. */
class MapMemento implements ChoiceMemento {
  readonly values = new Map<string, unknown>();
  get(key: string): unknown {
    return this.values.get(key);
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
  }
}

describe('FileChoices: the files coached or stopped by command, per workspace', () => {
  it('remembers choices across sessions, and forgets one set back to nothing', async () => {
    const memento = new MapMemento();
    const first = new FileChoices(memento);
    await first.set('file:///w/README.md', 'file', 'coach');
    await first.set('file:///w/notes.txt', 'file', 'skip');
    const second = new FileChoices(memento);
    assert.equal(second.get('file:///w/README.md'), 'coach');
    assert.equal(second.get('file:///w/notes.txt'), 'skip');
    assert.equal(second.get('file:///w/other.md'), undefined);
    await second.set('file:///w/README.md', 'file', undefined);
    await second.set('file:///w/notes.txt', 'file', undefined);
    assert.equal(new FileChoices(memento).get('file:///w/README.md'), undefined);
    assert.equal(memento.values.has(FILE_CHOICES_KEY), false, 'nothing left stored');
  });

  it('keeps an untitled document’s choice for the session only', async () => {
    const memento = new MapMemento();
    const choices = new FileChoices(memento);
    await choices.set('untitled:Untitled-1', 'untitled', 'coach');
    assert.equal(choices.get('untitled:Untitled-1'), 'coach');
    assert.equal(new FileChoices(memento).get('untitled:Untitled-1'), undefined);
  });

  it('reads what it can of a corrupt store and says so, without throwing', async () => {
    for (const stored of ['garbage', 42, null, ['file:///a.md']]) {
      const memento = new MapMemento();
      memento.values.set(FILE_CHOICES_KEY, stored);
      const choices = new FileChoices(memento);
      assert.match(choices.problem ?? '', /could not be read/, JSON.stringify(stored));
      assert.equal(choices.get('file:///a.md'), undefined);
    }
    const memento = new MapMemento();
    memento.values.set(FILE_CHOICES_KEY, { 'file:///a.md': 'coach', 'file:///b.md': 'yes please', 'file:///c.md': 3 });
    const choices = new FileChoices(memento);
    assert.equal(choices.get('file:///a.md'), 'coach');
    assert.equal(choices.get('file:///b.md'), undefined);
    assert.match(choices.problem ?? '', /^2 remembered coached files could not be read/);
  });

  it('keeps at most MAX_FILE_CHOICES, dropping the oldest choice first', async () => {
    const memento = new MapMemento();
    const choices = new FileChoices(memento);
    for (let i = 0; i <= MAX_FILE_CHOICES; i++) await choices.set(`file:///w/${i}.md`, 'file', 'coach');
    // Choosing the first again makes it the newest; the second is then the oldest.
    await choices.set('file:///w/0.md', 'file', 'coach');
    await choices.set('file:///w/extra.md', 'file', 'coach');
    const reread = new FileChoices(memento);
    assert.equal(Object.keys(memento.values.get(FILE_CHOICES_KEY) as object).length, MAX_FILE_CHOICES);
    assert.equal(reread.get('file:///w/0.md'), 'coach');
    assert.equal(reread.get('file:///w/1.md'), undefined);
    assert.equal(reread.get('file:///w/2.md'), undefined);
    assert.equal(reread.get('file:///w/extra.md'), 'coach');
  });
});
