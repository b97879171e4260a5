import { fieldDomId } from "@/features/studio/model/story-edit.ts";
import { useStudioMessages } from "@/features/studio/i18n/studio-messages.ts";
import { LANGUAGES } from "@/story/model/vocabulary.ts";
import { DateTimeField } from "./datetime-field.tsx";
import { Disclosure } from "./disclosure.tsx";
import { edit, useForm } from "./form-context.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { idList, rec, str } from "./loose.ts";
import { countInside } from "./problems.ts";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";

const ZONE_LIST_ID = "sf-time-zones";
let zones: readonly string[] | undefined;

function timeZones(): readonly string[] {
  if (zones === undefined) {
    try {
      zones = Intl.supportedValuesOf("timeZone");
    } catch {
      zones = ["Europe/Oslo", "UTC"];
    }
  }
  return zones;
}

/** The story's own fields: headline, summary, times, time zone, and whose reporting it is. */
export function StoryDetails() {
  const { data, problems, onEdit } = useForm();
  const messages = useStudioMessages();
  const story = rec(data["story"]);
  const credit = rec(story["credit"]);
  const languages = idList(story["languages"]);
  const languageNames = { nb: messages.formLanguageNb, en: messages.formLanguageEn };
  return (
    <div className="sf-details">
      <LocalizedField path={["story", "title"]} legend={messages.formTitle} />
      <LocalizedField path={["story", "summary"]} legend={messages.formSummary} multiline />
      <div className="sf-row">
        <div className="sf-field">
          <label htmlFor={fieldDomId(["story", "languages"])}>{messages.formLanguages}</label>
          <input
            id={fieldDomId(["story", "languages"])}
            type="text"
            readOnly
            value={languages.join(", ")}
            aria-describedby="sf-story-languages-hint"
          />
          <p className="sf-hint" id="sf-story-languages-hint">
            {messages.formLanguagesHint}
          </p>
        </div>
        <DateTimeField path={["story", "published"]} label={messages.formPublished} />
        <DateTimeField path={["story", "updated"]} label={messages.formUpdated} />
        <TextField
          path={["story", "timeZone"]}
          label={messages.formTimeZone}
          optional
          placeholder="Europe/Oslo"
          list={ZONE_LIST_ID}
        />
        <TextField
          path={["story", "now"]}
          label={messages.formNow}
          hint={messages.formNowHint}
          optional
          placeholder="2025-12-03"
        />
        <datalist id={ZONE_LIST_ID}>
          {timeZones().map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>
      <fieldset className="sf-group">
        <legend>{messages.formCredit}</legend>
        <p className="sf-hint">{messages.formCreditHint}</p>
        <div className="sf-row">
          <TextField path={["story", "credit", "publisher"]} label={messages.formPublisher} />
          <TextField
            path={["story", "credit", "publisherUrl"]}
            label={messages.formPublisherUrl}
            type="url"
            optional
            placeholder="https://"
          />
        </div>
        <LocalizedField path={["story", "credit", "title"]} legend={messages.formCreditTitle} />
        <div className="sf-row">
          <TextField
            path={["story", "credit", "url"]}
            label={messages.formCreditUrl}
            type="url"
            optional
            placeholder="https://"
          />
          <DateTimeField
            path={["story", "credit", "published"]}
            label={messages.formCreditPublished}
          />
          <SelectField
            path={["story", "credit", "language"]}
            label={messages.formCreditLanguage}
            value={str(credit["language"])}
            choices={LANGUAGES.map((lang) => ({ value: lang, label: languageNames[lang] }))}
            onChange={(lang) => onEdit([edit.set(["story", "credit", "language"], lang)])}
          />
        </div>
        <LocalizedField
          path={["story", "credit", "note"]}
          legend={messages.formCreditNote}
          optional
          multiline
        />
      </fieldset>
      <Disclosure
        summary={messages.formShareImage}
        initiallyOpen={
          story["image"] !== undefined || countInside(problems, ["story", "image"]) > 0
        }
      >
        <TextField
          path={["story", "image", "file"]}
          label={messages.formShareImageFile}
          hint={messages.formShareImageHint}
          placeholder="share.png"
        />
        <LocalizedField path={["story", "image", "alt"]} legend={messages.formMediaAlt} />
      </Disclosure>
    </div>
  );
}
