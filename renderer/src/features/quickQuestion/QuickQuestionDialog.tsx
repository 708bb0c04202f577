// The "before you say yes" guard for a client's quick question. (Filled in by the clarification work.)
import { Dialog } from '../../ui/Dialog';

export default function QuickQuestionDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Before you say yes" open onClose={onClose} actions={<button type="button" className="btn" onClick={onClose}>Close</button>}>
      <p>Paste the client’s question to check it before you answer.</p>
    </Dialog>
  );
}
