import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useRef, useState, type PointerEvent } from 'react';
import { graphql } from '../../gql';
import type { PipelineBoard_JobFragment } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { useNow } from '../../ui/use-now';
import { proposalStatusInWords } from '../../words/proposal-status-in-words';
import { HireDialog, OfferDialog, RejectDialog, ScheduleDialog, WithdrawDialog } from '../recruiter-proposal/lazy-proposal-dialogs';
import type { ProposalContext } from '../recruiter-proposal/proposal-context';
import {
  BOARD_COLUMN_WORDS,
  BOARD_COLUMNS,
  columnOf,
  decideMove,
  MOVE_TARGET_WORDS,
  type BoardColumn,
  type MoveAction,
  type MoveTarget,
} from './board-moves';
import type { BulkCloseKind } from './BulkCloseDialog';
import { BulkCloseDialog } from './lazy-job-dialogs';
import { describeCardActivity } from './describe-card-activity';
import { MoveMenu } from './MoveMenu';

export const PIPELINE_PAGE_SIZE = 100;

// $pipelineSize comes from the page's query: a variable page size, as elsewhere in the app (the API caps it at 100).
export const PipelineBoard_job = graphql(`
  fragment PipelineBoard_job on Job {
    id
    title
    salary {
      currency
    }
    clientCompany {
      name
    }
    pipelineCounts {
      status
      count
    }
    proposals(first: $pipelineSize) {
      edges {
        node {
          id
          status
          respondBy
          createdAt
          updatedAt
          respondedAt
          closedAt
          recruiterName
          candidate {
            id
            fullName
            timeZone
          }
          match {
            score
          }
          interviews {
            id
            status
            startsAt
            endsAt
            rescheduledTo {
              id
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const PipelineBoard_viewer = graphql(`
  fragment PipelineBoard_viewer on User {
    id
    name
    timeZone
    agency {
      name
      cancellationPolicy {
        lateNoticeMinutes
        noShowGraceMinutes
      }
    }
  }
`);

export type PipelineView = 'board' | 'list';
type BoardProposal = NonNullable<PipelineBoard_JobFragment['proposals']>['edges'][number]['node'];
type Viewer = { name: string; timeZone: string; agency: { name: string; cancellationPolicy: { lateNoticeMinutes: number; noShowGraceMinutes: number } } };

type Props = {
  job: FragmentType<typeof PipelineBoard_job>;
  viewer: FragmentType<typeof PipelineBoard_viewer>;
  view: PipelineView;
  onViewChange: (view: PipelineView) => void;
  /** A move or bulk action went through (or someone else changed a proposal first): reload the page's data. */
  onChanged: () => void;
};

/** The job's pipeline as a board (a column per stage) or a list, with moves, bulk actions and counts. */
export function PipelineBoard({ job: jobRef, viewer: viewerRef, view, onViewChange, onChanged }: Props) {
  const job = useFragment({ fragment: PipelineBoard_job, fragmentName: 'PipelineBoard_job', from: jobRef, variables: { pipelineSize: PIPELINE_PAGE_SIZE } });
  const viewer = useFragment({ fragment: PipelineBoard_viewer, fragmentName: 'PipelineBoard_viewer', from: viewerRef });
  if (!job.complete || !viewer.complete || !viewer.data.agency) return null;
  return <Board job={job.data} viewer={{ ...viewer.data, agency: viewer.data.agency }} view={view} onViewChange={onViewChange} onChanged={onChanged} />;
}

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

type Moving = { proposal: BoardProposal; action: MoveAction; target: MoveTarget };

function Board({
  job,
  viewer,
  view,
  onViewChange,
  onChanged,
}: Omit<Props, 'job' | 'viewer'> & { job: PipelineBoard_JobFragment; viewer: Viewer }) {
  const now = useNow();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [moving, setMoving] = useState<Moving | null>(null);
  const [notes, setNotes] = useState<ReadonlyMap<string, string>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [dropOn, setDropOn] = useState<MoveTarget | null>(null);
  const [bulk, setBulk] = useState<BulkCloseKind | null>(null);
  const movedRef = useRef(false);

  const proposals = (job.proposals?.edges ?? []).map((edge) => edge.node);
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const counts = new Map((job.pipelineCounts ?? []).map(({ status, count }) => [status, count]));
  const columnCount = (column: BoardColumn) =>
    column === 'CLOSED'
      ? ['DECLINED', 'WITHDRAWN', 'REJECTED', 'EXPIRED'].reduce((sum, status) => sum + (counts.get(status as never) ?? 0), 0)
      : (counts.get(column) ?? 0);
  const inColumn = (column: BoardColumn) => proposals.filter((proposal) => columnOf(proposal, now) === column);
  const selectedProposals = proposals.filter((proposal) => selected.has(proposal.id));
  const nameOf = (proposal: BoardProposal) => proposal.candidate?.fullName ?? 'The candidate';

  function note(id: string, text: string | null) {
    setNotes((current) => {
      const next = new Map(current);
      if (text) next.set(id, text);
      else next.delete(id);
      return next;
    });
  }

  /** Runs the move a drop or the menu asked for: refused in words before anything starts, or its dialog opens. */
  function requestMove(proposal: BoardProposal, target: MoveTarget) {
    const decision = decideMove(proposal, target, now);
    if (!decision.ok) {
      note(proposal.id, `Not moved to ${MOVE_TARGET_WORDS[target].split(':')[0]}: ${decision.reason}`);
      setAnnouncement(`${nameOf(proposal)} was not moved. ${decision.reason}`);
      return;
    }
    note(proposal.id, null);
    movedRef.current = false;
    setMoving({ proposal, action: decision.action, target });
  }

  function closeMove() {
    if (moving && !movedRef.current) {
      note(moving.proposal.id, `Not moved: ${nameOf(moving.proposal)} stays in ${BOARD_COLUMN_WORDS[columnOf(moving.proposal, now)]}.`);
      setAnnouncement(`${nameOf(moving.proposal)} stays in ${BOARD_COLUMN_WORDS[columnOf(moving.proposal, now)]}.`);
    }
    setMoving(null);
  }

  function toggle(id: string, isOn: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (isOn) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  // Drop targets are found under the pointer by this attribute, so a drag works the same over any column's content.
  function dropTargetProps(target: MoveTarget) {
    return { 'data-drop-target': target };
  }

  /**
   * Mouse or touch drag with pointer events: a press on the card (not on its links, buttons or checkbox) that moves
   * a few pixels lifts it; the column under the pointer lights up as allowed or refused; releasing asks for the move.
   */
  function startDrag(event: PointerEvent<HTMLLIElement>, proposal: BoardProposal) {
    if (event.button !== 0 || (event.target as Element).closest('a, button, input, label, select, textarea')) return;
    const startX = event.clientX;
    const startY = event.clientY;
    let isDragging = false;
    let over: MoveTarget | null = null;
    const onMove = (move: globalThis.PointerEvent) => {
      if (!isDragging) {
        if (Math.hypot(move.clientX - startX, move.clientY - startY) < 6) return;
        isDragging = true;
        setDraggingId(proposal.id);
        setAnnouncement(`Picked up ${nameOf(proposal)}. Release over a column to move them.`);
      }
      const target = document.elementFromPoint(move.clientX, move.clientY)?.closest('[data-drop-target]')?.getAttribute('data-drop-target');
      over = (target as MoveTarget | undefined) ?? null;
      setDropOn(over);
    };
    const onUp = () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('keydown', onKey);
      if (!isDragging) return;
      setDraggingId(null);
      setDropOn(null);
      if (over) requestMove(proposal, over);
      else setAnnouncement(`${nameOf(proposal)} was put back.`);
    };
    const onKey = (key: KeyboardEvent) => {
      if (key.key !== 'Escape') return;
      over = null;
      onUp();
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('keydown', onKey);
  }

  const dragging = draggingId ? byId.get(draggingId) : undefined;
  const dropClass = (target: MoveTarget) => {
    if (!dragging) return '';
    const isAllowed = decideMove(dragging, target, now).ok;
    return `${isAllowed ? ' board__drop--allowed' : ' board__drop--refused'}${dropOn === target ? ' board__drop--over' : ''}`;
  };

  function context(proposal: BoardProposal): ProposalContext {
    return {
      proposalId: proposal.id,
      isProposalOpen: true,
      viewer: { name: viewer.name, timeZone: viewer.timeZone },
      agency: { name: viewer.agency.name, ...viewer.agency.cancellationPolicy },
      candidate: { fullName: nameOf(proposal), timeZone: proposal.candidate?.timeZone ?? viewer.timeZone },
      job: { title: job.title, companyName: job.clientCompany.name, currency: job.salary.currency },
      now,
      onDone: (notice) => {
        movedRef.current = true;
        setMoving(null);
        setAnnouncement(`${nameOf(proposal)}: ${notice}`);
        onChanged();
      },
      onStale: onChanged,
    };
  }

  function card(proposal: BoardProposal, isRow = false) {
    const activity = describeCardActivity(proposal, now, viewer.timeZone);
    const name = nameOf(proposal);
    const isPending = moving?.proposal.id === proposal.id;
    const noteText = notes.get(proposal.id);
    const candidateLink = proposal.candidate ? (
      <Link href={`/recruiter/candidates/${encodeURIComponent(proposal.candidate.id)}`}>{name}</Link>
    ) : (
      name
    );
    const checkbox = (
      <input
        type="checkbox"
        className="board-card__select"
        aria-label={`Select ${name}`}
        checked={selected.has(proposal.id)}
        onChange={(event) => toggle(proposal.id, event.target.checked)}
      />
    );
    const menu = <MoveMenu candidateName={name} decide={(target) => decideMove(proposal, target, now)} onChoose={(target) => requestMove(proposal, target)} />;
    const due = activity.due && <span className={activity.due.isUrgent ? 'board-card__due board-card__due--urgent' : 'board-card__due'}>{activity.due.text}</span>;
    const noteLine = noteText && (
      <p className="board-card__note" role="alert">
        {noteText}
      </p>
    );
    if (isRow) {
      return (
        <tr key={proposal.id} className={isPending ? 'board-row board-row--pending' : 'board-row'}>
          <td>{checkbox}</td>
          <th scope="row">
            {candidateLink}
            {noteLine}
          </th>
          <td>{proposalStatusInWords[proposal.status]}</td>
          <td className="board-row__score">{Math.round(proposal.match.score)}</td>
          <td>{activity.last}</td>
          <td>{due}</td>
          <td>{proposal.recruiterName}</td>
          <td className="board-row__actions">
            <Link href={`/recruiter/proposals/${encodeURIComponent(proposal.id)}`}>
              Open<span className="visually-hidden"> proposal of {name}</span>
            </Link>
            {menu}
          </td>
        </tr>
      );
    }
    return (
      <li
        key={proposal.id}
        className={`board-card${isPending ? ' board-card--pending' : ''}${draggingId === proposal.id ? ' board-card--dragging' : ''}`}
        onPointerDown={(event) => startDrag(event, proposal)}
      >
        <div className="board-card__top">
          {checkbox}
          <span className="avatar avatar--sm board-card__avatar" aria-hidden="true">
            {initialsOf(name)}
          </span>
          <p className="board-card__name">{candidateLink}</p>
        </div>
        <p className="board-card__owner">
          <span className="board-card__score" title="Match score">
            <span className="visually-hidden">Match score </span>
            {Math.round(proposal.match.score)}
          </span>{' '}
          Owner: {proposal.recruiterName}
        </p>
        <p className="board-card__last">
          {activity.last}
        </p>
        {due && <p className="board-card__due-line">{due}</p>}
        {isPending && moving && <p className="board-card__pending">Moving to {MOVE_TARGET_WORDS[moving.target].split(':')[0]}…</p>}
        {noteLine}
        <div className="board-card__actions">
          <Link href={`/recruiter/proposals/${encodeURIComponent(proposal.id)}`}>
            Open proposal<span className="visually-hidden"> of {name}</span>
          </Link>
          {menu}
        </div>
      </li>
    );
  }

  const total = proposals.length;
  const closeable = (kind: BulkCloseKind) => selectedProposals.filter((proposal) => decideMove(proposal, kind === 'reject' ? 'REJECTED' : 'WITHDRAWN', now).ok);

  return (
    <section className="pipeline" aria-labelledby="pipeline-heading">
      <div className="pipeline__header">
        <h2 id="pipeline-heading">Pipeline</h2>
        <div className="view-switch" role="group" aria-label="Show the pipeline as">
          {(['board', 'list'] as const).map((option) => (
            <button key={option} type="button" className="view-switch__option" aria-pressed={view === option} onClick={() => onViewChange(option)}>
              {option === 'board' ? 'Board' : 'List'}
            </button>
          ))}
        </div>
      </div>
      <p className="section__lede">
        Drag a card to another column, or use its “Move to…” button: each move runs the step it stands for (an offer, a hire, an
        interview), and a move the proposal cannot make says why.
      </p>

      {selected.size > 0 && (
        <div className="bulk-bar" role="region" aria-label="Selected proposals">
          <p>
            <strong>{selected.size} selected</strong>
          </p>
          <button type="button" className="button button--secondary" onClick={() => setBulk('reject')}>
            Not selected… ({closeable('reject').length})
          </button>
          <button type="button" className="button button--secondary" onClick={() => setBulk('withdraw')}>
            Withdraw… ({closeable('withdraw').length})
          </button>
          <button type="button" className="button button--quiet" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}

      {total === 0 ? (
        <p className="notice">No one has been proposed for this job yet. The suggested candidates below are a good start.</p>
      ) : view === 'board' ? (
        <div className="board" aria-label="Pipeline board" role="region" tabIndex={-1}>
          {BOARD_COLUMNS.map((column) => {
            const cards = inColumn(column);
            const headingId = `board-${column.toLowerCase()}`;
            const isClosed = column === 'CLOSED';
            return (
              <section
                key={column}
                className={`board__column${isClosed ? ' board__column--closed' : ''}${isClosed ? '' : dropClass(column as MoveTarget)}`}
                aria-labelledby={headingId}
                {...(isClosed ? {} : dropTargetProps(column as MoveTarget))}
              >
                <h3 id={headingId} className="board__title">
                  {BOARD_COLUMN_WORDS[column]} <span className="board__count">{columnCount(column)}</span>
                </h3>
                {isClosed && dragging && (
                  <div className="board__closing">
                    {(['REJECTED', 'WITHDRAWN'] as const).map((target) => (
                      <div key={target} className={`board__drop${dropClass(target)}`} {...dropTargetProps(target)}>
                        Drop here: {MOVE_TARGET_WORDS[target]}
                      </div>
                    ))}
                  </div>
                )}
                {cards.length === 0 ? (
                  <p className="board__empty">No one here</p>
                ) : isClosed ? (
                  <details className="board__closed-group">
                    <summary>
                      Declined, withdrawn, not selected or expired ({cards.length})
                    </summary>
                    <ul className="board__cards">{cards.map((proposal) => card(proposal))}</ul>
                  </details>
                ) : (
                  <ul className="board__cards">{cards.map((proposal) => card(proposal))}</ul>
                )}
              </section>
            );
          })}
        </div>
      ) : (
        <div className="data-table">
          <table className="board-list">
            <caption className="visually-hidden">Every proposal for this job, by stage</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Select every proposal"
                    checked={selected.size === total}
                    onChange={(event) => setSelected(event.target.checked ? new Set(proposals.map((proposal) => proposal.id)) : new Set())}
                  />
                </th>
                <th scope="col">Candidate</th>
                <th scope="col">Stage</th>
                <th scope="col">Score</th>
                <th scope="col">Last event</th>
                <th scope="col">Due</th>
                <th scope="col">Owner</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {BOARD_COLUMNS.flatMap((column) => inColumn(column)).map((proposal) => card(proposal, true))}
            </tbody>
          </table>
        </div>
      )}
      {job.proposals?.pageInfo.hasNextPage && (
        <p className="field__hint">Showing the {PIPELINE_PAGE_SIZE} most recent proposals; the counts include every one.</p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {moving && <MoveDialog action={moving.action} context={context(moving.proposal)} onClose={closeMove} />}
      {bulk && (
        <BulkCloseDialog
          kind={bulk}
          proposals={selectedProposals.map((proposal) => ({
            id: proposal.id,
            candidateName: nameOf(proposal),
            refusal: (() => {
              const decision = decideMove(proposal, bulk === 'reject' ? 'REJECTED' : 'WITHDRAWN', now);
              return decision.ok ? null : decision.reason;
            })(),
          }))}
          parties={{ recruiterName: viewer.name, jobTitle: job.title, companyName: job.clientCompany.name }}
          onClose={(doneIds) => {
            setBulk(null);
            if (doneIds.length > 0) {
              setSelected((current) => new Set([...current].filter((id) => !doneIds.includes(id))));
              setAnnouncement(`${doneIds.length} ${doneIds.length === 1 ? 'proposal' : 'proposals'} closed.`);
              onChanged();
            }
          }}
        />
      )}
    </section>
  );
}

function MoveDialog({ action, context, onClose }: { action: MoveAction; context: ProposalContext; onClose: () => void }) {
  const props = { context, onClose };
  if (action === 'schedule') return <ScheduleDialog {...props} />;
  if (action === 'offer') return <OfferDialog {...props} />;
  if (action === 'hire') return <HireDialog {...props} />;
  if (action === 'reject') return <RejectDialog {...props} />;
  return <WithdrawDialog {...props} />;
}
