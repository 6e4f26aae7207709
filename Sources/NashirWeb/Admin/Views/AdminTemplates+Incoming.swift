extension AdminTemplates {
    /// The incoming desk: one row per story with every source that sent it, and the sources' health.
    static let incoming = """
        {{<layout}}{{$content}}
        <h1>الوارد</h1>
        <p class="count">{{countText}}</p>
        {{^empty(stories)}}<ol class="incoming">
        {{#stories}}<li class="story{{#urgent}} urgent{{/urgent}}">
        <article aria-labelledby="story-{{id}}">
        <h2 id="story-{{id}}">{{#urgent}}<span class="badge">عاجل</span> {{/urgent}}<a href="{{viewPath}}">{{headline}}</a></h2>
        <p class="meta"><span class="sources">{{#sources}}<bdi class="source">{{.}}</bdi> {{/sources}}</span> · <time datetime="{{receivedISO}}">{{received}}</time> · {{section}}{{#embargo}} · <strong>محظور النشر حتى <time datetime="{{embargoISO}}">{{embargo}}</time></strong>{{/embargo}}</p>
        {{#highlight}}<p class="lede">{{highlight}}</p>{{/highlight}}
        {{^empty(others)}}<details><summary>الخبر نفسه من مصادر أخرى ({{othersCount}})</summary><ul>
        {{#others}}<li><bdi>{{source}}</bdi>: <a href="{{viewPath}}">{{headline}}</a> <form method="post" action="{{takePath}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="quiet">تحرير ونشر هذه النسخة</button></form></li>{{/others}}
        </ul></details>{{/empty(others)}}
        {{#mayTake}}<form method="post" action="{{takePath}}"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">تحرير ونشر</button></form>{{/mayTake}}
        </article>
        </li>{{/stories}}
        </ol>{{/empty(stories)}}
        {{^stories}}<p class="empty">لا أخبار واردة الآن.</p>{{/stories}}
        <section class="card">
        <h2>المصادر</h2>
        {{^empty(sources)}}<table class="sources">
        <thead><tr><th scope="col">المصدر</th><th scope="col">آخر جلب ناجح</th><th scope="col">الحالة</th><th scope="col">الأخبار</th></tr></thead>
        <tbody>{{#sources}}<tr><td><bdi>{{name}}</bdi></td><td>{{lastSuccess}}</td><td>{{#problem}}<span class="problem-text">متعثر ({{failures}}): <bdi dir="ltr">{{problem}}</bdi></span>{{/problem}}{{^problem}}يعمل{{/problem}}</td><td>{{items}}</td></tr>{{/sources}}</tbody>
        </table>{{/empty(sources)}}
        {{^sources}}<p class="empty">لا مصادر بعد. أضف مصدرًا من سطر الأوامر: <code dir="ltr">nashir sources add NAME URL</code></p>{{/sources}}
        </section>
        {{/content}}{{/layout}}
        """
}
