/// A page model read for its template ahead of the render, so that the render of a page whose
/// last part comes later (an article's related stories) reads only that part then.
struct ReadModel: Sendable {
    let template: String
    let fields: ReflectedFields

    init<Model: PageModel>(_ model: Model) {
        template = Model.template
        fields = ReflectedFields(model)
    }

    private init(template: String, fields: ReflectedFields) {
        self.template = template
        self.fields = fields
    }

    /// The model with `changed` fields read again.
    func replacing(_ changed: KeyValuePairs<String, Any>) -> ReadModel {
        ReadModel(template: template, fields: fields.replacing(changed))
    }
}
