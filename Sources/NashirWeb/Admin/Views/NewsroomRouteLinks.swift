import NashirRoutes

/// The fixed newsroom paths the chrome prints, from `NewsroomRoute`.
enum NewsroomRouteLinks {
    static let dashboard = NewsroomRoute.dashboard.path
    static let articles = NewsroomRoute.articles.path
    static let incoming = NewsroomRoute.incoming.path
    static let newArticle = NewsroomRoute.newArticle.path
    static let people = NewsroomRoute.people.path
    static let settings = NewsroomRoute.settings.path
    static let signOut = NewsroomRoute.signOut.path
    static let signOutEverywhere = NewsroomRoute.signOutEverywhere.path
}
