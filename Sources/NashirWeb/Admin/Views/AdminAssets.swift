/// The admin's stylesheet and script: small, served from the same origin (the CSP allows no
/// inline code), and enhancing forms that work without them.
enum AdminAssets {
    static let css = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --accent: #b3121f; --bg: #f6f6f8; --ok: #1e6b34; }
        * { box-sizing: border-box; }
        body.admin { margin: 0; font: 17px/1.7 "Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, sans-serif; color: var(--ink); background: var(--bg); }
        .skip { position: absolute; inset-inline-start: -999px; }
        .skip:focus { inset-inline-start: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 2; }
        .bar { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .6rem 1.2rem; background: #fff; border-bottom: 1px solid var(--line); }
        .bar nav { display: flex; gap: 1rem; flex: 1; }
        .bar a { color: var(--ink); text-decoration: none; }
        .bar a:hover, .bar a:focus { color: var(--accent); text-decoration: underline; }
        .brand { font-weight: 700; color: var(--accent) !important; }
        .who form { display: inline; }
        main { max-width: 72rem; margin: 0 auto; padding: 1.2rem; }
        h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.2rem; margin-bottom: 1rem; }
        .narrow { max-width: 28rem; margin-inline: auto; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
        label { display: block; margin-top: .8rem; font-weight: 600; }
        label.check { font-weight: 600; display: flex; gap: .4rem; align-items: center; }
        label.check input { width: auto; }
        .help { margin: .2rem 0 .4rem; }
        .help code { direction: rtl; unicode-bidi: isolate; font-family: inherit; background: #f3f1ee; padding: 0 .3rem; border-radius: 4px; font-size: .9em; }
        input, textarea, select, button { font: inherit; }
        input:not([type=hidden]), textarea, select { width: 100%; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
        textarea { line-height: 1.9; }
        :focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
        button { margin-top: 1rem; padding: .45rem 1rem; border: 1px solid var(--accent); border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
        button.quiet { background: #fff; color: var(--accent); }
        button.danger { background: #fff; color: var(--accent); }
        .who button { margin: 0; padding: .15rem .6rem; }
        .actions { display: flex; flex-wrap: wrap; gap: .6rem; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .filters { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: end; }
        .filters label { margin: 0; }
        .filters input, .filters select { width: auto; }
        table.stories { width: 100%; border-collapse: collapse; background: #fff; }
        table.stories th, table.stories td { text-align: start; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
        ul.stories { padding-inline-start: 1.2rem; }
        .meta, .count, .empty { color: var(--muted); font-size: .9rem; }
        .notice { background: #e7f4ea; border: 1px solid var(--ok); padding: .5rem .8rem; border-radius: 6px; }
        .problem, .conflict { background: #fdecee; border: 1px solid var(--accent); padding: .5rem .8rem; border-radius: 6px; }
        .theirs { background: #fff; border: 1px dashed var(--line); padding: .5rem 1rem; }
        .presence { color: var(--muted); }
        ins { background: #d7f5dd; text-decoration: none; }
        del { background: #fbd5d9; }
        mark { background: #fff3bf; }
        form.inline { display: inline; }
        form.inline button { margin: 0 .3rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        code { direction: ltr; unicode-bidi: isolate; }
        img.preview { display: block; margin-top: .5rem; max-width: 100%; height: auto; border-radius: 4px; }
        .marked-field { position: relative; }
        .marked-field textarea { position: relative; background: transparent; }
        .marked-field .marks { position: absolute; inset: 0; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word; color: transparent; border-style: solid; border-color: transparent; background: #fff; border-radius: 6px; }
        .marks mark { color: transparent; background: #fff3bf; border-bottom: 2px solid #c99a00; }
        .marks mark.error { background: #fde2e4; border-bottom-color: var(--accent); }
        .findings ol { padding-inline-start: 1.4rem; margin: 0; }
        .findings li { margin: .3rem 0; }
        .findings li.error::marker { color: var(--accent); }
        .findings button { margin: 0 .2rem; padding: .1rem .5rem; }
        .findings .go { background: none; border: none; color: var(--ink); text-align: start; padding: 0; text-decoration: underline dotted; }
        .findings .excerpt { background: #fff3bf; unicode-bidi: isolate; white-space: pre-wrap; overflow-wrap: anywhere; }
        """

    static let js = """
        // Progressive help for the editor: the slug follows the headline until the story is
        // published, tags are suggested as they are typed, and drafts are saved in the background.
        // Without this file every form works.
        (function () {
          "use strict";
          var form = document.querySelector("form.editor");
          if (!form) { return; }
          var headline = form.querySelector("[data-slug-source]");
          var slug = form.querySelector("#slug");
          if (headline && slug && slug.dataset.slugFollows === "true") {
            var touched = false;
            slug.addEventListener("input", function () { touched = true; });
            headline.addEventListener("input", function () {
              if (touched) { return; }
              slug.value = headline.value.trim()
                .replace(/[\\u064B-\\u065F\\u0670\\u0640]/g, "")
                .replace(/[^\\p{L}\\p{N}]+/gu, "-")
                .replace(/^-+|-+$/g, "")
                .slice(0, 80);
            });
          }
          // A datalist suggests whole values: after «ليبيا، » it must offer «ليبيا، طرابلس», so the
          // options are rebuilt from the newsroom's tags for the word being typed.
          var tags = form.querySelector("#tags");
          var known = document.getElementById("known-tags");
          if (tags && known) {
            var plain = function (text) { return text.trim().replace(/[أإآ]/g, "ا").replace(/ة/g, "ه").replace(/ى/g, "ي"); };
            var names = Array.prototype.map.call(known.options, function (option) { return option.value; });
            tags.addEventListener("input", function () {
              var value = tags.value;
              var cut = Math.max(value.lastIndexOf("،"), value.lastIndexOf(","));
              var head = cut < 0 ? "" : value.slice(0, cut + 1) + " ";
              var typed = plain(value.slice(cut + 1));
              var chosen = value.slice(0, cut + 1).split(/[،,]/).map(plain);
              known.textContent = "";
              names.filter(function (name) { return plain(name).indexOf(typed) === 0 && chosen.indexOf(plain(name)) < 0; })
                .slice(0, 20)
                .forEach(function (name) {
                  var option = document.createElement("option");
                  option.value = head + name;
                  known.appendChild(option);
                });
            });
          }
          if (form.dataset.autosave !== "true" || !window.fetch) { return; }
          var dirty = false;
          form.addEventListener("input", function () { dirty = true; });
          setInterval(function () {
            if (!dirty) { return; }
            dirty = false;
            var data = new URLSearchParams(new FormData(form));
            data.set("action", "autosave");
            // The attribute: form.action names the buttons called "action", not the address.
            fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin", headers: { "Accept": "application/json" } })
              .then(function (response) { return response.ok ? response.json() : null; })
              .then(function (saved) {
                if (saved && saved.revision) { form.querySelector("input[name=revision]").value = saved.revision; }
              })
              .catch(function () { dirty = true; });
          }, 20000);
        })();
        // The copy desk as the editor types: the server checks the headline, sub-headlines and
        // body a moment after the last key; the panel lists what it found, a click selects the
        // words in their field, «أصلح» applies a certain fix, «تجاهل» hides a finding for this
        // paragraph as it stands.
        (function () {
          "use strict";
          var form = document.querySelector("form.editor");
          var panel = document.getElementById("copy-findings");
          if (!form || !panel || !form.dataset.check || !window.fetch) { return; }
          var fields = { headline: form.querySelector("#headline"), highlights: form.querySelector("#highlights"), body: form.querySelector("#body") };
          var list = panel.querySelector("ol");
          var status = panel.querySelector("[role=status]");
          var ignored = {};
          var timer = null;
          var asked = 0;
          var lineOf = function (field, start) {
            var value = fields[field].value;
            var from = value.lastIndexOf("\\n", start - 1) + 1;
            var to = value.indexOf("\\n", start);
            return value.slice(from, to < 0 ? value.length : to);
          };
          var keyOf = function (f) { return f.field + "|" + f.rule + "|" + f.excerpt + "|" + lineOf(f.field, f.start); };
          var button = function (text, className, onClick) {
            var b = document.createElement("button");
            b.type = "button";
            b.className = "quiet " + className;
            b.textContent = text;
            b.addEventListener("click", onClick);
            return b;
          };
          // The marks in the text itself: a copy of each textarea's text behind it, transparent
          // but for <mark>s over the flagged spans, laid out and scrolled like the field.
          var backdrops = {};
          ["highlights", "body"].forEach(function (name) {
            var field = fields[name];
            if (!field) { return; }
            var wrap = document.createElement("div");
            wrap.className = "marked-field";
            var back = document.createElement("div");
            back.className = "marks";
            back.setAttribute("aria-hidden", "true");
            field.parentNode.insertBefore(wrap, field);
            wrap.appendChild(back);
            wrap.appendChild(field);
            var style = getComputedStyle(field);
            ["fontFamily", "fontSize", "lineHeight", "letterSpacing", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
             "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "direction", "textAlign"].forEach(function (key) { back.style[key] = style[key]; });
            field.addEventListener("scroll", function () { back.scrollTop = field.scrollTop; });
            backdrops[name] = back;
          });
          var mark = function (findings) {
            Object.keys(backdrops).forEach(function (name) {
              var back = backdrops[name];
              var value = fields[name].value;
              var spans = findings.filter(function (f) { return f.field === name && f.length > 0; }).sort(function (a, b) { return a.start - b.start; });
              back.textContent = "";
              var at = 0;
              spans.forEach(function (f) {
                if (f.start < at) { return; }
                back.appendChild(document.createTextNode(value.slice(at, f.start)));
                var m = document.createElement("mark");
                m.className = f.severity;
                m.textContent = value.slice(f.start, f.start + f.length);
                back.appendChild(m);
                at = f.start + f.length;
              });
              // A last line break needs a character after it to take its height.
              back.appendChild(document.createTextNode(value.slice(at) + "\\u200b"));
              back.scrollTop = fields[name].scrollTop;
            });
          };
          var show = function (findings) {
            list.textContent = "";
            var shown = findings.filter(function (f) { return !ignored[keyOf(f)]; });
            mark(shown);
            shown.forEach(function (f) {
              var item = document.createElement("li");
              item.className = f.severity;
              var go = button("", "go", function () {
                var field = fields[f.field];
                field.focus();
                field.setSelectionRange(f.start, f.start + f.length);
              });
              go.textContent = f.message + " ";
              var excerpt = document.createElement("span");
              excerpt.className = "excerpt";
              excerpt.textContent = f.excerpt;
              go.appendChild(excerpt);
              item.appendChild(go);
              if (f.suggestion !== null) {
                item.appendChild(button(f.suggestion === "" ? "احذف" : "أصلح: " + f.suggestion, "fix", function () {
                  var field = fields[f.field];
                  var value = field.value;
                  if (value.substr(f.start, f.length) !== f.excerpt) { return; }
                  field.value = value.slice(0, f.start) + f.suggestion + value.slice(f.start + f.length);
                  field.dispatchEvent(new Event("input", { bubbles: true }));
                }));
              }
              item.appendChild(button("تجاهل", "ignore", function () { ignored[keyOf(f)] = true; show(findings); }));
              list.appendChild(item);
            });
            panel.hidden = false;
            var errors = shown.filter(function (f) { return f.severity === "error"; }).length;
            status.textContent = shown.length === 0 ? "لم يجد التدقيق شيئًا." : "وجد التدقيق " + shown.length + " ملاحظة، منها " + errors + " خطأ.";
          };
          var check = function () {
            var data = new URLSearchParams();
            data.set("csrf", form.querySelector("input[name=csrf]").value);
            Object.keys(fields).forEach(function (name) { if (fields[name]) { data.set(name, fields[name].value); } });
            var ticket = ++asked;
            fetch(form.dataset.check, { method: "POST", body: data, credentials: "same-origin", headers: { "Accept": "application/json" } })
              .then(function (response) { return response.ok ? response.json() : null; })
              .then(function (report) { if (report && ticket === asked) { show(report.findings); } })
              .catch(function () {});
          };
          Object.keys(fields).forEach(function (name) {
            if (!fields[name]) { return; }
            fields[name].addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, 600); });
          });
          check();
        })();
        """
}
