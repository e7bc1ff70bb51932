import { languagesUiMessages as m } from '../../../../shared/i18n/messages/ui/languages.js';
import { useT } from '../../i18n/i18n-context.js';
import { useContentLanguages } from './content-languages-context.js';
import { ContentLanguagesDialog } from './content-languages-dialog.js';

/** The sidebar toolbar's button to the project's content languages, and their dialog while open. */
export function ContentLanguagesButton() {
  const t = useT();
  const { languages, dialogOpen, setDialogOpen } = useContentLanguages();
  return (
    <>
      <button
        type="button"
        className="button"
        title={t.t(m.buttonTitle)}
        aria-haspopup="dialog"
        data-testid="content-languages-button"
        disabled={!languages}
        onClick={() => setDialogOpen(true)}
      >
        {t.t(m.button)}
      </button>
      {dialogOpen && <ContentLanguagesDialog />}
    </>
  );
}
