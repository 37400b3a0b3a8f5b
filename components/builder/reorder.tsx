'use client';

import { useState, type DragEvent, type ReactNode } from 'react';
import { useReadOnly } from './read-only';

/** Rows that reorder by dragging their handle, or by keyboard with the Move up / Move down buttons. */
export function ReorderableList({
  keys,
  move,
  label,
  renderRow,
}: {
  keys: readonly string[];
  move: (from: number, to: number) => void;
  label: (i: number) => string;
  renderRow: (i: number) => ReactNode;
}) {
  const count = keys.length;
  const readOnly = useReadOnly();
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const drop = (to: number) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged !== null && dragged !== to) move(dragged, to);
    setDragged(null);
    setOver(null);
  };
  return (
    <ol className="rows">
      {keys.map((key, i) => (
        <li
          key={key}
          className={`row-item${over === i ? ' drop-target' : ''}${readOnly ? ' read-only' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(i);
          }}
          onDrop={drop(i)}
        >
          {readOnly ? null : (
            <div className="row-tools">
              <span
                className="drag-handle"
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.setData('text/plain', String(i));
                  setDragged(i);
                }}
                onDragEnd={() => setDragged(null)}
                title="Drag to reorder"
                aria-hidden="true"
              >
                ⠿
              </span>
              <button
                type="button"
                className="icon"
                onClick={() => move(i, i - 1)}
                disabled={i === 0}
                aria-label={`Move ${label(i)} up`}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon"
                onClick={() => move(i, i + 1)}
                disabled={i === count - 1}
                aria-label={`Move ${label(i)} down`}
              >
                ↓
              </button>
            </div>
          )}
          {renderRow(i)}
        </li>
      ))}
    </ol>
  );
}
