import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';

export interface SqlEditorHandle {
  /** Put text where the cursor is, replacing the selection. */
  insert(text: string): void;
}

interface Props {
  text: string;
  /** Table name → column names, for completion. */
  schema: Record<string, string[]>;
  label: string;
  onChange(text: string): void;
  onRun(text: string): void;
  ref?: Ref<SqlEditorHandle>;
}

/** CodeMirror with SQL highlighting and completion from the tables; Ctrl/Cmd-Enter runs. The text is the editor's own; `text` replaces it only when it differs (the URL went back or forward). */
export function SqlEditor({ text, schema, label, onChange, onRun, ref }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };

  useEffect(() => {
    const runKey = Prec.highest(keymap.of([{ key: 'Mod-Enter', run: (v) => (handlers.current.onRun(v.state.doc.toString()), true) }]));
    const instance = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text,
        extensions: [
          runKey,
          basicSetup,
          sql({ dialect: PostgreSQL, schema, upperCaseKeywords: true }),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': 'sql-editor' }),
          EditorView.updateListener.of((update) => update.docChanged && handlers.current.onChange(update.state.doc.toString())),
        ],
      }),
    });
    view.current = instance;
    return () => instance.destroy();
    // The editor is made once; later texts arrive through the effect below.
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== text) current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: text } });
  }, [text]);

  useImperativeHandle(ref, () => ({
    insert: (inserted) => {
      const current = view.current!;
      current.dispatch(current.state.replaceSelection(inserted));
      current.focus();
    },
  }), []);

  return <div ref={host} className="sql-editor" />;
}
