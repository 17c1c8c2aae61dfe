// The team editor of question 1: one card per engineer, each with rows of
// (language, level) that can be added and removed. The DOM is the state;
// read() turns it into the profile's "team" array.

import { fromTemplate, h } from './dom.js';
import { languageLabels } from './kb_names.js';
import { LEVELS, labelOf } from './labels.js';

function fillSelect(select, options) {
  select.replaceChildren(...options.map(([value, label]) => h('option', { value }, label)));
}

export class TeamEditor {
  // list: the <ol> holding member cards; onChange: called after any edit.
  constructor(list, emptyNote, onChange) {
    this.list = list;
    this.emptyNote = emptyNote;
    this.onChange = onChange;
    list.addEventListener('click', (event) => this.onClick(event));
    list.addEventListener('change', () => { this.renumber(); this.onChange(); });
    list.addEventListener('input', () => this.onChange());
  }

  members() {
    return [...this.list.querySelectorAll(':scope > .member')];
  }

  setTeam(team) {
    this.list.replaceChildren();
    for (const member of team) this.addMember(member, false);
    this.renumber();
  }

  // Adds a card; a new empty card starts with one language row.
  addMember(member = null, focus = true) {
    const card = fromTemplate('tpl-member');
    const data = member || { name: '', skills: { [this.suggestLanguage()]: 'working' } };
    card.querySelector('[data-role="name"]').value = data.name || '';
    for (const [language, level] of Object.entries(data.skills || {})) {
      this.addSkill(card, language, level, false);
    }
    this.list.append(card);
    this.renumber();
    if (focus) card.querySelector('[data-role="name"]').focus();
    return card;
  }

  // The language most of the team already lists, so a new row starts close.
  suggestLanguage() {
    const first = this.list.querySelector('[data-role="language"]');
    return first ? first.value : languageLabels()[0][0];
  }

  addSkill(card, language = null, level = 'working', focus = true) {
    const used = new Set([...card.querySelectorAll('[data-role="language"]')].map((s) => s.value));
    const row = fromTemplate('tpl-skill');
    const langSelect = row.querySelector('[data-role="language"]');
    const levelSelect = row.querySelector('[data-role="level"]');
    fillSelect(langSelect, languageLabels());
    fillSelect(levelSelect, LEVELS);
    const ids = languageLabels().map(([id]) => id);
    const free = ids.find((id) => !used.has(id)) || ids[0];
    langSelect.value = language || free;
    levelSelect.value = level;
    card.querySelector('.skills').append(row);
    if (focus) {
      this.renumber();
      langSelect.focus();
    }
    return row;
  }

  onClick(event) {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const card = button.closest('.member');
    const action = button.dataset.action;
    if (action === 'remove-member') {
      const cards = this.members();
      const index = cards.indexOf(card);
      card.remove();
      this.renumber();
      const rest = this.members();
      const next = rest[Math.min(index, rest.length - 1)];
      if (next) next.querySelector('[data-role="name"]').focus();
      else this.list.closest('.question').querySelector('[data-action="add-member"]').focus();
    } else if (action === 'add-skill') {
      this.addSkill(card);
    } else if (action === 'remove-skill') {
      const row = button.closest('.skill');
      const rows = [...card.querySelectorAll('.skill')];
      const index = rows.indexOf(row);
      row.remove();
      this.renumber();
      const rest = [...card.querySelectorAll('.skill')];
      const next = rest[Math.min(index, rest.length - 1)];
      if (next) next.querySelector('[data-role="language"]').focus();
      else card.querySelector('[data-action="add-skill"]').focus();
    } else {
      return;
    }
    this.onChange();
  }

  // Labels, ids and error paths follow each card's position.
  renumber() {
    const cards = this.members();
    cards.forEach((card, i) => {
      const n = i + 1;
      const who = `team member ${n}`;
      card.dataset.path = `team[${i}]`;
      card.querySelector('.member-title').textContent = `Team member ${n}`;
      const nameInput = card.querySelector('[data-role="name"]');
      nameInput.id = `f-member-${i}-name`;
      nameInput.dataset.path = `team[${i}].name`;
      card.querySelector('[data-for="name"]').setAttribute('for', nameInput.id);
      card.querySelector('[data-action="remove-member"]').setAttribute('aria-label', `Remove ${who}`);
      const group = card.querySelector('.skills-group');
      const groupLabel = card.querySelector('.skills-label');
      groupLabel.id = `f-member-${i}-skills`;
      group.setAttribute('aria-labelledby', groupLabel.id);
      group.dataset.path = `team[${i}].skills`;
      card.querySelector('[data-action="add-skill"]').setAttribute('aria-label', `Add a language for ${who}`);
      card.querySelectorAll('.skill').forEach((row) => {
        const language = row.querySelector('[data-role="language"]');
        const level = row.querySelector('[data-role="level"]');
        const name = labelOf(languageLabels(), language.value);
        language.setAttribute('aria-label', `Language of ${who}`);
        level.setAttribute('aria-label', `${name} level of ${who}`);
        row.dataset.path = `team[${i}].skills.${language.value}`;
        row.querySelector('[data-action="remove-skill"]').setAttribute('aria-label', `Remove ${name} from ${who}`);
      });
    });
    this.emptyNote.hidden = cards.length > 0;
  }

  // {team, errors}: errors are {path, message} for rows a profile cannot hold.
  read() {
    const errors = [];
    const team = this.members().map((card, i) => {
      const name = card.querySelector('[data-role="name"]').value.trim();
      const skills = {};
      for (const row of card.querySelectorAll('.skill')) {
        const language = row.querySelector('[data-role="language"]').value;
        const level = row.querySelector('[data-role="level"]').value;
        if (language in skills) {
          errors.push({
            path: `team[${i}].skills.${language}`,
            message: `${labelOf(languageLabels(), language)} is listed twice for this person: keep one row.`,
            pick: 'last',
          });
        }
        skills[language] = level;
      }
      return name ? { name, skills } : { skills };
    });
    return { team, errors };
  }

  count() {
    return this.members().length;
  }
}
